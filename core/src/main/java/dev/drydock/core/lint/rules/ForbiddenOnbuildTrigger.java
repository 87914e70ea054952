package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.MaintainerInstruction;
import dev.drydock.core.dockerfile.instruction.OnbuildInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/** DD3043 (Hadolint DL3043): ONBUILD cannot trigger FROM, MAINTAINER or another ONBUILD; Docker rejects them. */
public final class ForbiddenOnbuildTrigger implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3043",
            "ONBUILD, FROM or MAINTAINER triggered from within ONBUILD", Severity.ERROR, RuleCategory.SYNTAX,
            RuleReferences.none().withHadolint("DL3043"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof OnbuildInstruction onbuild) || onbuild.trigger().isEmpty()) {
                continue;
            }
            Instruction trigger = onbuild.trigger().get();
            if (trigger instanceof FromInstruction || trigger instanceof MaintainerInstruction
                    || trigger instanceof OnbuildInstruction) {
                context.report(trigger.keywordRange(), "ONBUILD cannot trigger " + trigger.kind()
                        + ": Docker refuses it; move it out of ONBUILD or remove it");
            }
        }
    }
}
