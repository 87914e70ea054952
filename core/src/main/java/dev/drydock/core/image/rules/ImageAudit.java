package dev.drydock.core.image.rules;

import dev.drydock.core.findings.FindingOrder;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;

import java.time.LocalDate;
import java.util.Objects;

/** Runs the image rules over a scanned image: the findings, in reading order, and the checks that could not run. */
public final class ImageAudit {

    private final ImageRuleRegistry registry;
    private final EndOfLifeLookup endOfLife;

    public ImageAudit(ImageRuleRegistry registry, EndOfLifeLookup endOfLife) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.endOfLife = Objects.requireNonNull(endOfLife, "endOfLife");
    }

    /** Judges {@code image} as of {@code today} (the date end-of-life is measured against). */
    public ImageAuditResult audit(ScannedImage image, LocalDate today, CancellationToken cancellation) {
        ImageRuleContext context = new ImageRuleContext(image, endOfLife, today);
        for (ImageRule rule : registry.all()) {
            cancellation.throwIfCancelled();
            context.runRule(rule);
        }
        return new ImageAuditResult(context.findings().stream().sorted(FindingOrder.READING_ORDER).toList(),
                context.skippedChecks());
    }
}
