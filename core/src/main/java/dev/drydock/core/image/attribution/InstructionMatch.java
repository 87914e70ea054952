package dev.drydock.core.image.attribution;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.CopiesFiles;
import dev.drydock.core.dockerfile.instruction.EnvInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.LabelInstruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.instruction.UserInstruction;
import dev.drydock.core.dockerfile.instruction.WorkdirInstruction;
import dev.drydock.core.dockerfile.instruction.Word;

import java.util.List;

/**
 * Whether a history step was made by an instruction. Strict where the history says enough (the
 * command of RUN, the destination of COPY/ADD, the first key of ENV/LABEL/ARG, the value of
 * WORKDIR/USER) and by keyword alone where it does not (CMD, EXPOSE…): the order of the steps does the rest.
 */
final class InstructionMatch {

    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    private final Dockerfile dockerfile;

    InstructionMatch(Dockerfile dockerfile) {
        this.dockerfile = dockerfile;
    }

    boolean matches(HistoryCommand step, Instruction instruction) {
        if (step.kind() != instruction.kind()) {
            return false;
        }
        String text = step.text();
        if (instruction instanceof RunInstruction run) {
            return matchesRun(text, run);
        }
        if (instruction instanceof CopiesFiles copy) {
            return copy.destination().map(destination -> matchesDestination(text, instruction, destination)).orElse(true);
        }
        if (instruction instanceof EnvInstruction env) {
            return env.variables().isEmpty() || startsWithKey(text, env.variables().get(0).key());
        }
        if (instruction instanceof LabelInstruction label) {
            return label.labels().isEmpty() || text.contains(label.labels().get(0).key().value() + "=");
        }
        if (instruction instanceof ArgInstruction arg) {
            return arg.declarations().isEmpty() || startsWithKey(text, arg.declarations().get(0).name());
        }
        if (instruction instanceof WorkdirInstruction workdir) {
            return sameValue(text, instruction, workdir.path());
        }
        if (instruction instanceof UserInstruction user) {
            return sameValue(text, instruction, user.spec());
        }
        return true;
    }

    /** {@code [|N K=V… ]SHELL… COMMAND}: the command as written (the shell expands it), after the shell in use. */
    private boolean matchesRun(String text, RunInstruction run) {
        String command = HistoryCommand.collapse(run.command().text());
        if (command.isEmpty()) {
            return false;
        }
        String expected = run.command().isExecForm() ? command
                : String.join(" ", dockerfile.shellAt(run).orElse(DEFAULT_SHELL)) + " " + command;
        return text.equals(expected) || text.startsWith("|") && text.endsWith(" " + expected);
    }

    /** Classic: {@code file:3e1… in /app/}; BuildKit: {@code src… /app/}. */
    private boolean matchesDestination(String text, Instruction instruction, Word destination) {
        String written = trimSlash(text);
        for (String candidate : List.of(destination.value(), dockerfile.expand(instruction, destination.text()))) {
            String wanted = trimSlash(HistoryCommand.collapse(candidate));
            if (!wanted.isEmpty() && (written.endsWith(" in " + wanted) || written.endsWith(" " + wanted))) {
                return true;
            }
        }
        return false;
    }

    private boolean sameValue(String text, Instruction instruction, Word word) {
        return text.equals(word.value()) || text.equals(dockerfile.expand(instruction, word.text()));
    }

    private static boolean startsWithKey(String text, Word key) {
        String name = key.value();
        return text.equals(name) || text.startsWith(name + "=") || text.startsWith(name + " ");
    }

    private static String trimSlash(String text) {
        String trimmed = text;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
