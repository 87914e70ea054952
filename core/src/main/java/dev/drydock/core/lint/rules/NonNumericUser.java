package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.UserInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/**
 * DD3066 (Hadolint DL3066): {@code USER app} is resolved through the image's {@code /etc/passwd};
 * Kubernetes' {@code runAsNonRoot} and host-side tools cannot tell from a name whether it is root. A
 * numeric id ({@code USER 10001:10001}) can be checked without the image.
 */
public final class NonNumericUser implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3066", "Non-numeric USER",
            Severity.INFO, RuleCategory.SECURITY, RuleReferences.none().withHadolint("DL3066"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof UserInstruction user && !user.user().isEmpty()
                    && !user.user().contains("$") && !user.user().chars().allMatch(Character::isDigit)) {
                context.report(user.spec().range(), "USER " + user.user()
                        + " is a name the host cannot resolve: use the numeric user id (USER <uid>:<gid>)");
            }
        }
    }
}
