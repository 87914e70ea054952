package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/** DD3061 (Hadolint DL3061): only ARG may come before the first FROM; Docker refuses anything else. */
public final class InstructionBeforeFrom implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3061",
            "Dockerfile must begin with FROM or ARG", Severity.ERROR, RuleCategory.SYNTAX,
            RuleReferences.none().withHadolint("DL3061"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof FromInstruction) {
                return;
            }
            if (!(instruction instanceof ArgInstruction)) {
                context.report(instruction.keywordRange(), instruction.kind()
                        + " before the first FROM: only ARG may come before FROM");
            }
        }
    }
}
