package dev.drydock.app.gui.scan;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.rules.ImageAuditResult;
import dev.drydock.core.image.scan.ScannedImage;

import java.util.Locale;
import java.util.Optional;

/**
 * One image finding as the Findings tab lists it.
 *
 * @param layer     1-based; 0 for a finding about the image's configuration
 * @param path      the file ({@code usr/bin/sudo}), config field ({@code Config.User}) or history step ({@code history[3]})
 * @param evidence  what matched, secrets masked; empty when the rule gives none
 * @param inherited true when the finding comes from a layer of the base image
 */
public record ImageFindingRow(Finding finding, Severity severity, String ruleId, String title, String message, int layer,
                              String path, String evidence, boolean inherited) {

    public static ImageFindingRow of(Finding finding, Optional<RuleMetadata> rule, ScannedImage image) {
        String path = finding.location() instanceof Location.ImageLayerPath where ? where.path() : finding.location().describe();
        String diffId = finding.location() instanceof Location.ImageLayerPath where ? where.layer() : "";
        return new ImageFindingRow(finding, finding.severity(), finding.ruleId(),
                rule.map(RuleMetadata::title).orElse(finding.ruleId()), finding.message(), layerNumber(image, diffId),
                path, finding.evidence().orElse(""), ImageAuditResult.isInherited(finding));
    }

    /** The 1-based number of the layer with this diff id; 0 when none has it (or it is empty). */
    static int layerNumber(ScannedImage image, String diffId) {
        if (diffId.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < image.layers().size(); i++) {
            if (image.layers().get(i).diffId().equals(diffId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code 3}, or {@code config} for findings about the image's configuration. */
    public String layerText() {
        return layer == 0 ? "config" : Integer.toString(layer);
    }

    boolean matches(String[] lowerCaseWords) {
        String text = (ruleId + " " + title + " " + message + " " + path + " " + evidence).toLowerCase(Locale.ROOT);
        for (String word : lowerCaseWords) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
