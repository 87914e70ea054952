package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/**
 * DD3067 (Hadolint DL3067): {@code COPY --from=build / /} copies the whole filesystem of another
 * stage (its package manager, shells, build tools) and defeats the multi-stage build.
 */
public final class WholeFilesystemFromStage implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3067", "Entire filesystem copied from another stage",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none().withHadolint("DL3067"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof CopyInstruction copy && copy.flag("from").isPresent()
                    && copy.destination().map(WholeFilesystemFromStage::isRoot).orElse(false)) {
                copy.sources().stream().filter(WholeFilesystemFromStage::isRoot).findFirst().ifPresent(root ->
                        context.report(root.range(), "COPY --from copies the whole filesystem of another stage"
                                + " into /: copy only the files the image needs"));
            }
        }
    }

    private static boolean isRoot(Word word) {
        return word.value().equals("/");
    }
}
