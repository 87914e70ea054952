package dev.drydock.core.dockerfile.instruction;

import java.util.List;

/** {@code SHELL ["executable", "parameters"]}: the shell for later shell-form commands (JSON form only). */
public record ShellInstruction(InstructionParts parts, List<Word> shell) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.SHELL;
    }

    /** The shell as a list of plain strings. */
    public List<String> shellValues() {
        return shell.stream().map(Word::value).toList();
    }
}
