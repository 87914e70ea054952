package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.SecretMask;
import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.secrets.SecretNames;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DI1004: an environment variable or label of the image holds a secret (by its shape or its name).
 * Reported on the history step that set it when history tells, so it carries its layer and whether it
 * is inherited; values are masked.
 */
public final class SecretInConfig implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1004", "Secret in the image's ENV or labels",
            Severity.ERROR, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.10").withNistSp800190("4.1.4"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        for (String variable : context.image().config().env()) {
            int equals = variable.indexOf('=');
            String name = equals < 0 ? variable : variable.substring(0, equals);
            String value = equals < 0 ? "" : variable.substring(equals + 1);
            check(context, "ENV", "Config.Env." + name, name, value);
        }
        for (Map.Entry<String, String> label : context.image().config().labels().entrySet()) {
            check(context, "LABEL", "Config.Labels." + label.getKey(), label.getKey(), label.getValue());
        }
    }

    private static void check(ImageRuleContext context, String keyword, String field, String name, String value) {
        Optional<String> kind = SecretNames.describeAssignment(name, value);
        if (kind.isEmpty()) {
            return;
        }
        String evidence = name + "=" + SecretMask.mask(value);
        String message = keyword + " " + name + " holds " + kind.get() + ": anyone who can pull the image reads it"
                + " with docker inspect; pass it at run time (an env file, your orchestrator's secrets) and revoke it";
        int step = settingStep(context.history().steps(), keyword, name);
        if (step >= 0) {
            context.reportHistory(step, message, evidence);
        } else {
            context.reportConfig(field, message, evidence);
        }
    }

    /** The last history step that set {@code name} with ENV or LABEL; -1 when none says so. */
    private static int settingStep(List<HistoryStep> steps, String keyword, String name) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            String instruction = ImageHistory.instruction(steps.get(i).createdBy());
            if (instruction.startsWith(keyword + " ") && (instruction.contains(" " + name + "=")
                    || instruction.contains(" \"" + name + "\"=") || instruction.startsWith(keyword + " " + name + " "))) {
                return i;
            }
        }
        return -1;
    }
}
