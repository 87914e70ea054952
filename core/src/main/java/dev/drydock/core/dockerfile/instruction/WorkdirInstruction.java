package dev.drydock.core.dockerfile.instruction;

/** {@code WORKDIR path}. */
public record WorkdirInstruction(InstructionParts parts, Word path) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.WORKDIR;
    }
}
