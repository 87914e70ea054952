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

/** DD3051 (Hadolint DL3051): a label the configured label schema asks for is set to an empty value. */
public final class EmptySchemaLabel implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3051", "Label is empty",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3051"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof LabelInstruction label)) {
                continue;
            }
            for (KeyValue pair : label.labels()) {
                if (context.config().requiredLabels().containsKey(pair.key().value()) && pair.value().value().isEmpty()) {
                    context.report(pair.range(), "Label `" + pair.key().value() + "` is empty: give it a value");
                }
            }
        }
    }
}
