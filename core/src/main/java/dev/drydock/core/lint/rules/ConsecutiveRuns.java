package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Comment;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;

/**
 * DD3059 (Hadolint DL3059): consecutive short RUNs each add a layer; joined, the image is smaller
 * and builds faster. RUNs with different flags ({@code --mount}...) or that already chain more than
 * two commands were split on purpose and are left alone. Comments between them do not count.
 */
public final class ConsecutiveRuns implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3059",
            "Multiple consecutive RUN instructions", Severity.INFO, RuleCategory.IMAGE_SIZE,
            RuleReferences.none().withHadolint("DL3059"));

    private static final int MOST_COMMANDS_TO_JOIN = 2;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        List<Instruction> instructions = context.dockerfile().instructions();
        for (int i = 1; i < instructions.size(); i++) {
            if (instructions.get(i - 1) instanceof RunInstruction previous && instructions.get(i) instanceof RunInstruction run
                    && previous.flags().stream().map(f -> f.name() + "=" + f.valueOrEmpty()).toList()
                    .equals(run.flags().stream().map(f -> f.name() + "=" + f.valueOrEmpty()).toList())
                    && commandCount(context, previous) <= MOST_COMMANDS_TO_JOIN
                    && commandCount(context, run) <= MOST_COMMANDS_TO_JOIN) {
                context.report(run.keywordRange(), "Consecutive RUN instructions: join them with && into one layer",
                        joinFix(context, previous, run));
            }
        }
    }

    private static int commandCount(RuleContext context, RunInstruction run) {
        return context.shellScripts(run).stream().mapToInt(script -> script.commands().size()).sum();
    }

    /** Joins the RUN to the previous one; only for plain shell-form RUNs with nothing written between them. */
    private static Fix[] joinFix(RuleContext context, RunInstruction previous, RunInstruction run) {
        Dockerfile dockerfile = context.dockerfile();
        boolean plain = !previous.command().isExecForm() && !run.command().isExecForm()
                && previous.heredocs().isEmpty() && run.heredocs().isEmpty()
                && context.shellScripts(previous).size() == 1 && context.shellScripts(run).size() == 1
                && !context.shellScripts(previous).stream().allMatch(ShellScript::isEmpty);
        int from = previous.range().endOffset();
        int to = run.command().range().startOffset();
        boolean nothingBetween = dockerfile.comments().stream()
                .map(Comment::range).noneMatch(range -> range.startOffset() >= from && range.startOffset() < to);
        String previousText = previous.command().shellText().text().strip();
        boolean endsCleanly = !previousText.contains("#") && !previousText.endsWith("&") && !previousText.endsWith(";")
                && !previousText.endsWith("|");
        if (!plain || !nothingBetween || !endsCleanly) {
            return new Fix[0];
        }
        String join = " && " + dockerfile.escapeCharacter() + StructureLineBreaks.of(dockerfile) + "    ";
        return new Fix[] {context.fix("Join with the previous RUN", Fix.Safety.NEEDS_REVIEW,
                context.replace(dockerfile.lines().range(from, to), join))};
    }
}
