package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;

/**
 * DD3061 (Hadolint DL3061): only ARG may come before the first FROM; Docker refuses anything else.
 * With a single stage the instruction clearly belongs to it, and the fix moves it there.
 */
public final class InstructionBeforeFrom implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3061",
            "Dockerfile must begin with FROM or ARG", Severity.ERROR, RuleCategory.SYNTAX,
            RuleReferences.none().withHadolint("DL3061"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        List<Stage> stages = dockerfile.stages();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof FromInstruction) {
                return;
            }
            if (instruction instanceof ArgInstruction) {
                continue;
            }
            String message = instruction.kind() + " before the first FROM: only ARG may come before FROM";
            if (stages.size() != 1) {
                context.report(instruction.keywordRange(), message);
                continue;
            }
            String text = dockerfile.text();
            int start = instruction.range().startOffset();
            int end = instruction.range().endOffset();
            end += text.startsWith("\r\n", end) ? 2 : text.startsWith("\n", end) ? 1 : 0;
            Fix fix = context.fix("Move " + instruction.kind() + " after FROM", Fix.Safety.NEEDS_REVIEW,
                    context.replace(dockerfile.lines().range(start, end), ""),
                    context.insertAfter(stages.get(0).from().range(),
                            StructureLineBreaks.of(dockerfile) + instruction.range().text(text)));
            context.report(instruction.keywordRange(), message, fix);
        }
    }
}
