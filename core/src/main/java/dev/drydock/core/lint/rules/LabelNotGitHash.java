package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LabelType;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

/** DD3055 (Hadolint DL3055): a label the label schema types {@code hash} must hold a git commit hash. */
public final class LabelNotGitHash extends SchemaLabelValueRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3055", "Label is not a valid git hash",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3055"));

    public LabelNotGitHash() {
        super(METADATA, LabelType.HASH, "a valid git commit hash");
    }
}
