package dev.drydock.core.dockerfile.instruction;

import java.util.Optional;

/** {@code USER user[:group]}; {@code user} and {@code group} are taken from the value as written. */
public record UserInstruction(InstructionParts parts, Word spec, String user, Optional<String> group) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.USER;
    }
}
