package dev.drydock.core.dockerfile.instruction;

import java.util.Optional;

/** {@code FROM [--platform=...] image [AS name]}; {@code image} is as written (variables unexpanded). */
public record FromInstruction(InstructionParts parts, Word image, Optional<Word> stageName) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.FROM;
    }

    /** The {@code --platform} value, when given. */
    public Optional<String> platform() {
        return flag("platform").flatMap(Flag::value);
    }
}
