package dev.drydock.core.report;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An image scan's report as {@code drydock scan} hands it to the exporters: a file finding, a config finding, an inherited one. */
final class ImageReportSamples {

    static final String LAYER = "sha256:" + "ab12".repeat(16);
    static final String BASE_LAYER = "sha256:" + "cd34".repeat(16);

    private static final Map<String, RuleMetadata> RULES = Map.of(
            "DI1017", new RuleMetadata("DI1017", "Secret in a file of the image", Severity.ERROR, RuleCategory.SECURITY,
                    RuleReferences.none().withNistSp800190("4.1.4")),
            "DI1001", new RuleMetadata("DI1001", "Image runs as root", Severity.WARNING, RuleCategory.SECURITY,
                    RuleReferences.none().withCisDockerBenchmark("4.1")),
            "DI1007", new RuleMetadata("DI1007", "Setuid or setgid file", Severity.INFO, RuleCategory.SECURITY,
                    RuleReferences.none().withCisDockerBenchmark("4.8")));

    private ImageReportSamples() {
    }

    static LintReport sample() {
        Finding secret = Finding.of("DI1017", Severity.ERROR,
                "/app/.env line 1 holds an AWS access key (hidden by a later layer, but still shipped in the image)",
                new Location.ImageLayerPath("shop/web:1.0", LAYER, "app/.env", false)).withEvidence("AKIA************MPLE");
        Finding root = Finding.of("DI1001", Severity.WARNING, "The image runs as root: no USER is set",
                new Location.ImageLayerPath("shop/web:1.0", "", "Config.User", false));
        Finding setuid = Finding.of("DI1007", Severity.INFO, "/usr/bin/passwd is setuid root — layer 1, inherited from the base image",
                new Location.ImageLayerPath("shop/web:1.0", BASE_LAYER, "usr/bin/passwd", true));
        return new LintReport("0.1.0-test", List.of(new FileFindings("shop/web:1.0", List.of(secret, root, setuid))),
                id -> Optional.ofNullable(RULES.get(id)));
    }
}
