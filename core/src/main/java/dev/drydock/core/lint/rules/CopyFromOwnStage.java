package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.Flag;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.Locale;
import java.util.Optional;

/** DD3023 (Hadolint DL3023): {@code COPY --from} cannot name the stage it is in; Docker rejects the cycle. */
public final class CopyFromOwnStage implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3023",
            "COPY --from cannot reference its own stage", Severity.ERROR, RuleCategory.SYNTAX,
            RuleReferences.none().withHadolint("DL3023"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (!(instruction instanceof CopyInstruction copy)) {
                    continue;
                }
                Optional<Flag> from = copy.flag("from");
                if (from.isEmpty() || from.get().value().isEmpty()) {
                    continue;
                }
                String source = dockerfile.expand(copy, from.get().value().get()).toLowerCase(Locale.ROOT);
                if (stage.name().map(source::equals).orElse(false) || source.equals(Integer.toString(stage.index()))) {
                    context.report(from.get().valueRange(), "COPY --from=" + source
                            + " is the stage this COPY is in: copy from an earlier stage");
                }
            }
        }
    }
}
