package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.analyzers.os.AccountsAnalyzer;
import dev.drydock.core.image.analyzers.os.OsReleaseAnalyzer;
import dev.drydock.core.image.scan.FileAnalyzer;

import java.util.List;

/** The analyzers that inventory an image: its distribution and accounts, OS packages and language packages. */
public final class PackageAnalyzers {

    private PackageAnalyzers() {
    }

    /** One stateless instance of each, in a fixed order. */
    public static List<FileAnalyzer> all() {
        return List.of(new OsReleaseAnalyzer(), new AccountsAnalyzer(), new DpkgStatusAnalyzer(),
                new ApkInstalledAnalyzer(), new RpmDatabaseAnalyzer(), new JavaArchiveAnalyzer(),
                new NpmPackageJsonAnalyzer(), new NpmLockfileAnalyzer(), new PythonMetadataAnalyzer(),
                new GoBinaryAnalyzer(), new RubyGemspecAnalyzer());
    }
}
