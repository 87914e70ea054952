package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.LabelInstruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/**
 * DD3050 (Hadolint DL3050): with strict labels ({@code strict-labels: true}) only the labels of the
 * configured label schema are allowed.
 */
public final class SuperfluousLabel implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3050", "Superfluous label present",
            Severity.INFO, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3050"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        if (!context.config().strictLabels()) {
            return;
        }
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof LabelInstruction label)) {
                continue;
            }
            for (KeyValue pair : label.labels()) {
                if (!context.config().requiredLabels().containsKey(pair.key().value())) {
                    context.report(pair.key().range(), "Superfluous label `" + pair.key().value()
                            + "`: strict labels allow only the labels of the label schema");
                }
            }
        }
    }
}
