package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.Flag;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.Optional;

/**
 * DD3065 (Hadolint DL3065): {@code FROM --platform=$TARGETPLATFORM} says what the build does anyway;
 * the flag only adds noise (and makes readers look for a reason).
 */
public final class RedundantTargetPlatform implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3065", "Redundant --platform=$TARGETPLATFORM",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3065"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof FromInstruction from)) {
                continue;
            }
            Optional<Flag> platform = from.flag("platform");
            String value = platform.map(Flag::valueOrEmpty).orElse("");
            if (!value.equals("$TARGETPLATFORM") && !value.equals("${TARGETPLATFORM}")) {
                continue;
            }
            Fix fix = context.fix("Remove --platform=" + value, Fix.Safety.SAFE, FromWithPlatform.removal(context, platform.get()));
            context.report(platform.get().range(), "--platform=" + value
                    + " is what the build does by default: remove it", fix);
        }
    }
}
