package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LabelType;
import dev.drydock.core.config.LabelValues;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.LabelInstruction;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/**
 * The shape of the label-schema value rules (DD3052 … DD3058): a LABEL whose key the configured schema
 * gives {@code type} must hold a value of that type. Empty values are DD3051's; values with a
 * variable ({@code $VERSION}) are only known at build time and are not checked.
 */
abstract class SchemaLabelValueRule implements DockerfileRule {

    private final RuleMetadata metadata;
    private final LabelType type;
    private final String expected;

    SchemaLabelValueRule(RuleMetadata metadata, LabelType type, String expected) {
        this.metadata = metadata;
        this.type = type;
        this.expected = expected;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof LabelInstruction label)) {
                continue;
            }
            for (KeyValue pair : label.labels()) {
                String value = pair.value().value();
                boolean typed = context.config().requiredLabels().get(pair.key().value()) == type;
                if (typed && !value.isEmpty() && !value.contains("$") && !LabelValues.accepts(type, value)) {
                    context.report(pair.value().range(), "Label `" + pair.key().value() + "` is not " + expected
                            + ": `" + value + "`");
                }
            }
        }
    }
}
