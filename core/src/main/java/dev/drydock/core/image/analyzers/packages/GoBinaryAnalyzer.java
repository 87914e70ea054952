package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;

import java.io.IOException;
import java.io.InputStream;

/**
 * Go modules compiled into executables, from the build information Go embeds ({@link GoBuildInfo}):
 * the main module (unless it is a {@code (devel)} build), every dependency, and the Go standard library
 * as the package {@code stdlib} with the toolchain's version ({@code v1.21.5}), the way vulnerability
 * databases name it. Module versions are kept as Go writes them ({@code v1.2.3}).
 *
 * <p>Only executable files of at least {@link #SMALLEST_GO_BINARY} bytes are read: a Go binary carries
 * its runtime and is never smaller.
 */
public final class GoBinaryAnalyzer implements FileAnalyzer {

    static final long SMALLEST_GO_BINARY = 512 * 1024;

    @Override
    public String name() {
        return "go-binary";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.FILE && entry.isExecutable() && entry.size() >= SMALLEST_GO_BINARY;
    }

    @Override
    public long maxBytes() {
        return 1024L * 1024 * 1024;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        try {
            GoBuildInfo.find(content).ifPresent(info -> report(info, entry.path(), sink));
        } catch (GoBuildInfo.UnreadableException e) {
            sink.note(entry.path(), "is a Go binary, but " + e.getMessage());
        }
    }

    private static void report(GoBuildInfo info, String path, FactSink sink) {
        info.mainModule().filter(main -> !main.version().equals("(devel)") && !main.version().isEmpty())
                .ifPresent(main -> sink.packageFound(module(main.path(), main.version(), path)));
        info.deps().forEach(dep -> sink.packageFound(module(dep.path(), dep.version(), path)));
        String goVersion = info.goVersion().substring(2).split("[ +]", 2)[0];
        sink.packageFound(module("stdlib", "v" + goVersion, path));
    }

    private static PackageFact module(String modulePath, String version, String path) {
        int slash = modulePath.lastIndexOf('/');
        String namespace = slash < 0 ? "" : modulePath.substring(0, slash);
        String name = modulePath.substring(slash + 1);
        String purl = PackageUrls.of(PackageType.GOLANG, namespace, name, version);
        return new PackageFact(PackageType.GOLANG, namespace, name, version, "", "", "", "", purl, path);
    }
}
