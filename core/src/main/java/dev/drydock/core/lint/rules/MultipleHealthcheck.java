package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.HealthcheckInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/** DD3012 (Hadolint DL3012): a stage has one HEALTHCHECK; earlier ones are silently overridden by the last. */
public final class MultipleHealthcheck implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3012", "Multiple HEALTHCHECK instructions",
            Severity.ERROR, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3012"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        StructureRepeatedInstruction.report(context, HealthcheckInstruction.class, "HEALTHCHECK");
    }
}
