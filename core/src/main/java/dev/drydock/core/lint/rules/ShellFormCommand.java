package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.CmdInstruction;
import dev.drydock.core.dockerfile.instruction.Command;
import dev.drydock.core.dockerfile.instruction.EntrypointInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellSplitter;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DD3025 (Hadolint DL3025): a shell-form CMD or ENTRYPOINT runs under {@code /bin/sh -c}, so the
 * program is not PID 1 and never receives SIGTERM: {@code docker stop} waits and then kills it.
 */
public final class ShellFormCommand implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3025",
            "Use JSON (exec) form for CMD and ENTRYPOINT", Severity.WARNING, RuleCategory.RELIABILITY,
            RuleReferences.none().withHadolint("DL3025"));

    /** Characters that make the shell do more than split words: expansion, globbing, escapes. */
    private static final String SHELL_FEATURES = "$`*?[]~{}\\";

    /** Commands only a shell knows: without the shell they do not exist. */
    private static final Set<String> SHELL_BUILTINS = Set.of("cd", ".", "source", "export", "set", "unset", "eval",
            "ulimit", "umask", "trap", "wait", "alias", "shift", "read", "exit", "return");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        for (Instruction instruction : dockerfile.instructions()) {
            Command command;
            if (instruction instanceof CmdInstruction cmd) {
                command = cmd.command();
            } else if (instruction instanceof EntrypointInstruction entrypoint) {
                command = entrypoint.command();
            } else {
                continue;
            }
            if (command.isExecForm() || command.shellText().text().isBlank()) {
                continue;
            }
            String message = "Use JSON form for " + instruction.kind() + " ([\"program\", \"arg\"]) so that the program receives signals";
            context.report(command.range(), message, fix(context, instruction, command));
        }
    }

    private static Fix fix(RuleContext context, Instruction instruction, Command command) {
        Optional<List<String>> words = plainWords(command);
        if (words.isPresent()) {
            return context.fix("Convert to JSON form", Fix.Safety.SAFE,
                    context.replace(command.range(), StructureExecForm.of(words.get())));
        }
        List<String> shell = new ArrayList<>(context.dockerfile().shellAt(instruction).orElse(List.of("/bin/sh", "-c")));
        shell.add(command.shellText().text().strip());
        return context.fix("Convert to JSON form running the shell explicitly", Fix.Safety.NEEDS_REVIEW,
                context.replace(command.range(), StructureExecForm.of(shell)));
    }

    /** The words of a command that is only words (no operators, redirections, expansions), else empty. */
    private static Optional<List<String>> plainWords(Command command) {
        ShellScript script = ShellSplitter.split(command.shellText());
        if (script.commands().size() != 1) {
            return Optional.empty();
        }
        ShellCommand only = script.commands().get(0);
        if (!only.redirects().isEmpty() || only.depth() != 0 || !only.assignments().isEmpty()) {
            return Optional.empty();
        }
        String text = command.shellText().text();
        int position = 0;
        List<String> values = new ArrayList<>();
        for (ShellWord word : only.words()) {
            int at = text.indexOf(word.text(), position);
            if (at < 0 || !text.substring(position, at).isBlank() || hasShellFeature(word.text())) {
                return Optional.empty();
            }
            position = at + word.text().length();
            values.add(word.value());
        }
        if (!values.isEmpty() && values.get(0).equals("exec")) {
            values.remove(0); // exec only tells the shell to step aside; JSON form needs no shell
        }
        boolean plain = text.substring(position).isBlank() && !values.isEmpty() && !SHELL_BUILTINS.contains(values.get(0));
        return plain ? Optional.of(values) : Optional.empty();
    }

    private static boolean hasShellFeature(String written) {
        return written.chars().anyMatch(c -> SHELL_FEATURES.indexOf(c) >= 0);
    }
}
