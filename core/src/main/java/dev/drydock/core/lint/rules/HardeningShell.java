package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What several hardening rules need from RUN scripts: the commands they run, shells, package installs. */
final class HardeningShell {

    private static final Set<String> SUDO_OPTIONS_WITH_VALUE = Set.of("-u", "-g", "-C", "-p", "-U", "-h");

    static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

    private HardeningShell() {
    }

    /** A shell command with the RUN it belongs to. */
    record RunCommand(RunInstruction run, ShellScript script, ShellCommand command) {
    }

    /** Every POSIX shell command of the given instructions' RUNs, in order. */
    static List<RunCommand> commands(RuleContext context, List<Instruction> instructions) {
        List<RunCommand> result = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof RunInstruction run) {
                for (ShellScript script : context.shellScripts(run)) {
                    for (ShellCommand command : script.commands()) {
                        result.add(new RunCommand(run, script, command));
                    }
                }
            }
        }
        return result;
    }

    /** Every POSIX shell command of the Dockerfile's RUNs. */
    static List<RunCommand> commands(RuleContext context) {
        return commands(context, context.dockerfile().instructions());
    }

    /**
     * The index in {@code command.words()} of the program actually run, looking through {@code sudo}
     * and {@code env} wrappers and their options; -1 when the command has no name.
     */
    static int programIndex(ShellCommand command) {
        List<ShellWord> words = command.words();
        if (command.nameWord().isEmpty()) {
            return -1;
        }
        int index = words.size() - command.arguments().size() - 1;
        while (index < words.size() && isWrapper(baseName(words.get(index).value()))) {
            index++;
            while (index < words.size() && (words.get(index).value().startsWith("-") || words.get(index).isAssignment())) {
                index += SUDO_OPTIONS_WITH_VALUE.contains(words.get(index).value()) ? 2 : 1;
            }
        }
        return index < words.size() ? index : -1;
    }

    /** True when the command (through {@code sudo}/{@code env}) runs one of the POSIX shells. */
    static boolean runsShell(ShellCommand command) {
        int index = programIndex(command);
        return index >= 0 && SHELLS.contains(baseName(command.words().get(index).value()));
    }

    static String baseName(String name) {
        return name.indexOf('/') < 0 ? name : name.substring(name.lastIndexOf('/') + 1);
    }

    /** Deletes {@code word} of {@code command} with the blanks before it. */
    static TextEdit deleteWord(RuleContext context, ShellCommand command, ShellWord word) {
        return deleteWords(context, command, word, word);
    }

    /** Deletes the words from {@code first} to {@code last} of {@code command} with the blanks before them. */
    static TextEdit deleteWords(RuleContext context, ShellCommand command, ShellWord first, ShellWord last) {
        int index = command.words().indexOf(first);
        int start = index > 0 ? command.words().get(index - 1).range().endOffset() : first.range().startOffset();
        return TextEdit.delete(start, last.range().endOffset());
    }

    /** The word after {@code word} in {@code command}. */
    static Optional<ShellWord> wordAfter(ShellCommand command, ShellWord word) {
        int index = command.words().indexOf(word);
        return index >= 0 && index + 1 < command.words().size() ? Optional.of(command.words().get(index + 1)) : Optional.empty();
    }

    /** From the start of {@code first} to the end of {@code last}. */
    static SourceRange span(SourceRange first, SourceRange last) {
        return new SourceRange(first.start(), last.end());
    }

    /** Deletes a whole instruction with its line break. */
    static TextEdit deleteInstruction(RuleContext context, Instruction instruction) {
        String text = context.dockerfile().text();
        int end = instruction.range().endOffset();
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return TextEdit.delete(instruction.range().startOffset(), end);
    }

    /** Deletes the {@code index}th of several ranges written on one instruction, with the blanks that separate it. */
    static TextEdit deleteItem(List<SourceRange> items, int index) {
        SourceRange item = items.get(index);
        return index > 0
                ? TextEdit.delete(items.get(index - 1).endOffset(), item.endOffset())
                : TextEdit.delete(item.startOffset(), items.get(1).startOffset());
    }

    private static boolean isWrapper(String name) {
        return name.equals("sudo") || name.equals("env") || name.equals("doas");
    }
}
