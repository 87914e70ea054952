package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LabelType;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

/** DD3052 (Hadolint DL3052): a label the label schema types {@code url} must hold an absolute URL. */
public final class LabelNotUrl extends SchemaLabelValueRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3052", "Label is not a valid URL",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3052"));

    public LabelNotUrl() {
        super(METADATA, LabelType.URL, "a valid absolute URL");
    }
}
