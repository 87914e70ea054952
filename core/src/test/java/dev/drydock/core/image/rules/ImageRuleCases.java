package dev.drydock.core.image.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;

import java.time.LocalDate;
import java.util.List;

/** Runs one image rule of the standard registry on an image. */
final class ImageRuleCases {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private ImageRuleCases() {
    }

    static ImageAuditResult audit(String ruleId, ScannedImage image, EndOfLifeLookup endOfLife) {
        ImageRule rule = ImageRuleRegistry.standard().find(ruleId).orElseThrow();
        return new ImageAudit(new ImageRuleRegistry(List.of(rule)), endOfLife).audit(image, TODAY, CancellationToken.none());
    }

    static List<Finding> findings(String ruleId, ScannedImage image) {
        return audit(ruleId, image, EndOfLifeLookup.none()).findings();
    }

    static List<String> skipped(String ruleId, ScannedImage image) {
        return audit(ruleId, image, EndOfLifeLookup.none()).skipped().stream().map(SkippedCheck::reason).toList();
    }
}
