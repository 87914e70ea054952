package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.instruction.ShellInstruction;
import dev.drydock.core.dockerfile.shell.Pipe;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DD4006 (Hadolint DL4006): a pipeline's status is its last command's, so {@code curl ... | tar x}
 * succeeds when the download fails. The shell must run with {@code -o pipefail}, set by SHELL (as
 * Hadolint asks) or by {@code set -o pipefail} earlier in the same RUN (Drydock also accepts that).
 */
public final class PipeWithoutPipefail implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD4006",
            "Set the SHELL option -o pipefail before RUN with a pipe in it", Severity.WARNING, RuleCategory.RELIABILITY,
            RuleReferences.none().withHadolint("DL4006"));
    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        boolean fixOffered = false;
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof FromInstruction || instruction instanceof ShellInstruction) {
                fixOffered = false; // a new stage or shell: the next fix must set the shell again
            }
            if (!(instruction instanceof RunInstruction run) || shellHasPipefail(dockerfile.shellAt(run))) {
                continue;
            }
            Optional<Pipe> pipe = unguardedPipe(context.shellScripts(run));
            if (pipe.isEmpty()) {
                continue;
            }
            String message = "Set the SHELL option -o pipefail before RUN with a pipe in it, or the RUN succeeds "
                    + "when a command before the pipe fails";
            SourceRange pipeline = new SourceRange(pipe.get().from().range().start(), pipe.get().to().range().end());
            if (!fixOffered) {
                fixOffered = true;
                context.report(pipeline, message, shellFix(context, run));
            } else {
                context.report(pipeline, message);
            }
        }
    }

    /** One SHELL line before the first such RUN covers every later RUN until the next FROM or SHELL. */
    private static Fix shellFix(RuleContext context, RunInstruction run) {
        String shell = ShellBatchSupport.onBusybox(context.dockerfile(), run) ? "/bin/ash" : "/bin/bash";
        String indentation = ShellBatchSupport.indentationAt(context.dockerfile().text(), run.range().startOffset());
        String line = "SHELL [\"" + shell + "\", \"-o\", \"pipefail\", \"-c\"]\n" + indentation;
        return context.fix("Insert SHELL [\"" + shell + "\", \"-o\", \"pipefail\", \"-c\"] before this RUN",
                Fix.Safety.NEEDS_REVIEW, context.insertBefore(run.range(), line));
    }

    static boolean shellHasPipefail(Optional<List<String>> shell) {
        if (shell.isEmpty() || shell.get().isEmpty()) {
            return false;
        }
        List<String> words = shell.get();
        String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!PIPEFAIL_SHELLS.contains(program)) {
            return !program.equals("sh") && !program.equals("dash"); // PowerShell, cmd: not a POSIX pipe
        }
        return setsPipefail(words.subList(1, words.size()));
    }

    /** The first pipe of the RUN that no earlier {@code set -o pipefail} in the same script guards. */
    private static Optional<Pipe> unguardedPipe(List<ShellScript> scripts) {
        for (ShellScript script : scripts) {
            int guardedFrom = Integer.MAX_VALUE;
            for (ShellCommand command : script.commandsNamed("set")) {
                if (command.depth() == 0 && setsPipefail(command.argumentValues())) {
                    guardedFrom = Math.min(guardedFrom, command.index());
                }
            }
            for (Pipe pipe : script.pipes()) {
                if (pipe.from().index() < guardedFrom) {
                    return Optional.of(pipe);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code -o pipefail}, also as {@code -eo pipefail} or {@code -euxo pipefail}. */
    private static boolean setsPipefail(List<String> arguments) {
        for (int i = 0; i + 1 < arguments.size(); i++) {
            String option = arguments.get(i);
            boolean shortGroup = option.startsWith("-") && !option.startsWith("--") && option.endsWith("o");
            if (shortGroup && arguments.get(i + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }
}
