package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.UserInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/**
 * DD3002 (Hadolint DL3002): a stage whose last USER is root runs its container as root. Like
 * Hadolint, every stage is checked, and only an explicit USER root/0 is reported (a stage without
 * USER is another rule's concern).
 */
public final class LastUserIsRoot implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3002", "Last USER should not be root",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none().withHadolint("DL3002")
                    .withCisDockerBenchmark("4.1").withNistSp800190("4.1.2"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            UserInstruction last = null;
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof UserInstruction user) {
                    last = user;
                }
            }
            if (last != null && ShellBatchSupport.isRoot(last.user())) {
                context.report(last.spec().range(), "Last USER should not be root: switch to an unprivileged user "
                        + "after the steps that need root");
            }
        }
    }
}
