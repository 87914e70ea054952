package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.Flag;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.Locale;

/**
 * DD5016: {@code RUN --security=insecure} runs the step with all capabilities and no seccomp or
 * AppArmor profile; {@code RUN --network=host} gives it the build host's network.
 */
public final class PrivilegedRunOption implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5016", "Do not run build steps privileged or on the host network",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none().withNistSp800190("4.4.3"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (Flag flag : run.flags()) {
                String value = flag.valueOrEmpty().toLowerCase(Locale.ROOT);
                if (flag.name().equals("security") && value.equals("insecure")) {
                    context.report(flag.range(), "RUN --security=insecure runs this step with every capability and no"
                            + " seccomp or AppArmor profile: do it without privileges or outside the build", removal(context, flag));
                } else if (flag.name().equals("network") && value.equals("host")) {
                    context.report(flag.range(), "RUN --network=host gives this step the build host's network,"
                            + " its local services included: use the default network", removal(context, flag));
                }
            }
        }
    }

    private static Fix removal(RuleContext context, Flag flag) {
        String text = context.dockerfile().text();
        int end = flag.range().endOffset();
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return context.fix("Remove --" + flag.name() + "=" + flag.valueOrEmpty(), Fix.Safety.NEEDS_REVIEW,
                TextEdit.delete(flag.range().startOffset(), end));
    }
}
