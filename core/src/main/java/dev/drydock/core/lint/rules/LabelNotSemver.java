package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LabelType;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

/** DD3056 (Hadolint DL3056): a label the label schema types {@code semver} must hold a semantic version. */
public final class LabelNotSemver extends SchemaLabelValueRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3056", "Label does not conform to semantic versioning",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3056"));

    public LabelNotSemver() {
        super(METADATA, LabelType.SEMVER, "a semantic version (1.4.2)");
    }
}
