package dev.drydock.core.image.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;

import java.util.List;

/** What the image rules found, and which of them could not run. */
public record ImageAuditResult(List<Finding> findings, List<SkippedCheck> skipped) {

    public ImageAuditResult {
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
    }

    /** Without the findings inherited from the base image's layers ({@code --skip-base}). */
    public ImageAuditResult withoutInherited() {
        return new ImageAuditResult(findings.stream().filter(finding -> !isInherited(finding)).toList(), skipped);
    }

    public static boolean isInherited(Finding finding) {
        return finding.location() instanceof Location.ImageLayerPath path && path.inherited();
    }
}
