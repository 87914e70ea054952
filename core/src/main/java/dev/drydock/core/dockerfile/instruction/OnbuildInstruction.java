package dev.drydock.core.dockerfile.instruction;

import java.util.Optional;

/** {@code ONBUILD instruction}: the inner instruction is parsed like any other, with its own ranges. */
public record OnbuildInstruction(InstructionParts parts, Optional<Instruction> trigger) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.ONBUILD;
    }
}
