package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LabelType;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

/** DD3053 (Hadolint DL3053): a label the label schema types {@code rfc3339} must hold an RFC 3339 time. */
public final class LabelNotRfc3339 extends SchemaLabelValueRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3053", "Label is not a valid RFC 3339 time",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3053"));

    public LabelNotRfc3339() {
        super(METADATA, LabelType.RFC3339, "a valid RFC 3339 time (2024-05-01T12:00:00Z)");
    }
}
