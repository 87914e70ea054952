package dev.drydock.core.image.inspect;

import dev.drydock.core.image.rules.ImageAuditResult;
import dev.drydock.core.image.scan.ScannedImage;

/** What an inspection gives: the scanned image (facts, for views and SBOMs) and the audit (findings, skipped checks). */
public record ImageReport(ScannedImage image, ImageAuditResult audit) {
}
