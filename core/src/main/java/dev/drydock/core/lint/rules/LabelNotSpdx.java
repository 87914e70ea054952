package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LabelType;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

/** DD3054 (Hadolint DL3054): a label the label schema types {@code spdx} must hold an SPDX license expression. */
public final class LabelNotSpdx extends SchemaLabelValueRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3054", "Label is not a valid SPDX license expression",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3054"));

    public LabelNotSpdx() {
        super(METADATA, LabelType.SPDX, "a valid SPDX license expression");
    }
}
