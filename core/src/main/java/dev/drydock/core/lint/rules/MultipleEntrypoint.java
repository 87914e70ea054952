package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.EntrypointInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/** DD4004 (Hadolint DL4004): a stage has one ENTRYPOINT; earlier ones are silently overridden by the last. */
public final class MultipleEntrypoint implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD4004", "Multiple ENTRYPOINT instructions",
            Severity.ERROR, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL4004"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        StructureRepeatedInstruction.report(context, EntrypointInstruction.class, "ENTRYPOINT");
    }
}
