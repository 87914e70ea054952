package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.UserInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;

/**
 * DD5006: {@code USER root} after a stage has switched to a non-root user, with a non-root user set
 * again later. A last {@code USER root} of a stage is Hadolint DL3002's finding (DD3002), not this one.
 */
public final class RootUserReentered implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5006", "Do not switch back to root after dropping privileges",
            Severity.INFO, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.1").withNistSp800190("4.1.2"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            List<UserInstruction> users = stage.instructions().stream()
                    .filter(UserInstruction.class::isInstance).map(UserInstruction.class::cast).toList();
            boolean dropped = false;
            for (int i = 0; i < users.size(); i++) {
                UserInstruction user = users.get(i);
                boolean root = isRoot(context.dockerfile().expand(user, user.spec().text()));
                if (root && dropped && i < users.size() - 1) {
                    context.report(user.spec().range(), "USER root switches back to root after the stage dropped"
                            + " privileges: do the root steps before the first USER, then switch once");
                }
                dropped |= !root;
            }
        }
    }

    /** {@code root}, {@code 0}, {@code root:…} or {@code 0:…}, as DL3002 reads them. */
    static boolean isRoot(String spec) {
        String user = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        return user.equals("root") || user.equals("0");
    }
}
