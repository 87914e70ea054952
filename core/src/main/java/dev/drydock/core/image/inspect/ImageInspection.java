package dev.drydock.core.image.inspect;

import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.analyzers.malware.MalwareAnalyzer;
import dev.drydock.core.image.analyzers.packages.OsPackageUrls;
import dev.drydock.core.image.analyzers.packages.PackageAnalyzers;
import dev.drydock.core.image.analyzers.secrets.SecretsAnalyzer;
import dev.drydock.core.image.layers.ImageScanner;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.image.rules.ImageAudit;
import dev.drydock.core.image.rules.ImageAuditResult;
import dev.drydock.core.image.rules.ImageRuleRegistry;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans an image (a tarball, an OCI folder or a daemon image) with every analyzer Drydock has and
 * audits the result with every image rule. Thread-agnostic and blocking: call it off the UI thread.
 */
public final class ImageInspection {

    private final LayerCache cache;
    private final ImageAudit audit;

    public ImageInspection(LayerCache cache) {
        this.cache = cache;
        this.audit = new ImageAudit(ImageRuleRegistry.standard(), new BuiltInEndOfLife());
    }

    /** Every file analyzer: OS release, accounts, OS and language packages, secrets, miners and malware. */
    public static List<FileAnalyzer> analyzers() {
        List<FileAnalyzer> all = new ArrayList<>(PackageAnalyzers.all());
        all.add(new SecretsAnalyzer());
        all.add(new MalwareAnalyzer());
        return List.copyOf(all);
    }

    /**
     * Scans and audits {@code source}.
     *
     * @param today the day the end-of-life of the image's distribution is judged on
     * @throws ImageArchiveException when the source is not a readable image
     */
    public ImageReport inspect(ImageSource source, LocalDate today, ProgressListener progress, CancellationToken cancel)
            throws ImageArchiveException {
        ScannedImage scanned = withDistributionPurls(ImageScanner.scan(source, analyzers(), cache, progress, cancel));
        ImageAuditResult result = audit.audit(scanned, today, cancel);
        return new ImageReport(scanned, result);
    }

    /**
     * OS package analyzers read one file and cannot see the distribution; once the image's OS is
     * known, their Package URLs name it ({@code pkg:deb/ubuntu/…?distro=ubuntu-22.04}).
     */
    static ScannedImage withDistributionPurls(ScannedImage image) {
        if (image.os().isEmpty()) {
            return image;
        }
        List<Located<PackageFact>> packages = image.packages().stream()
                .map(located -> located.fact().type().isOsPackage()
                        ? new Located<>(OsPackageUrls.forDistribution(located.fact(), image.os().get().fact()),
                        located.layer(), located.hidden())
                        : located)
                .toList();
        return new ScannedImage(image.config(), image.layers(), image.files(), image.hidden(), image.os(), packages,
                image.accounts(), image.secrets(), image.malware(), image.notes());
    }
}
