package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LabelType;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

/** DD3058 (Hadolint DL3058): a label the label schema types {@code email} must hold an email address. */
public final class LabelNotEmail extends SchemaLabelValueRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3058", "Label is not a valid email address",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3058"));

    public LabelNotEmail() {
        super(METADATA, LabelType.EMAIL, "a valid email address");
    }
}
