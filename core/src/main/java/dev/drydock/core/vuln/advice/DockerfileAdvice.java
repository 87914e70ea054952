package dev.drydock.core.vuln.advice;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.image.attribution.DockerfileAttribution;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.vuln.match.PackageUpgrade;
import dev.drydock.core.vuln.match.VulnerabilityReport;

import java.util.ArrayList;
import java.util.List;

/**
 * The Dockerfile fixes for the vulnerabilities of the image it built: bumps of pinned language packages
 * first (they fix the cause), then one upgrade step for the OS packages. Only active matches with a
 * fixed version count: suppressed and unfixed ones have nothing to upgrade to. Base image advice needs
 * other images scanned and comes from {@link BaseImageAdvice}.
 */
public final class DockerfileAdvice {

    private DockerfileAdvice() {
    }

    /**
     * @param dockerfile the Dockerfile {@code image} was built from
     * @param image      the scanned image: its history places the upgrade step, its files choose the RPM front-end
     * @param report     the image's vulnerabilities (suppressions applied)
     */
    public static List<AdvisedFix> of(Dockerfile dockerfile, ScannedImage image, VulnerabilityReport report) {
        return of(dockerfile, report.activeUpgrades(), DockerfileAttribution.of(dockerfile, image),
                path -> image.file(path).isPresent());
    }

    /** The same from parts, for callers (and tests) that have no scanned image at hand. */
    public static List<AdvisedFix> of(Dockerfile dockerfile, List<PackageUpgrade> upgrades,
                                      DockerfileAttribution attribution, java.util.function.Predicate<String> imageHas) {
        List<AdvisedFix> advice = new ArrayList<>(PinBumpAdvice.of(dockerfile, upgrades));
        OsUpgradeAdvice.of(dockerfile, upgrades, attribution, imageHas).ifPresent(advice::add);
        return advice;
    }
}
