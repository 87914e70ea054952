package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.CmdInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/** DD4003 (Hadolint DL4003): a stage has one CMD; earlier ones are silently overridden by the last. */
public final class MultipleCmd implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD4003", "Multiple CMD instructions",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL4003"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        StructureRepeatedInstruction.report(context, CmdInstruction.class, "CMD");
    }
}
