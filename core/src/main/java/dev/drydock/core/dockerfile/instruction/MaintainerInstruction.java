package dev.drydock.core.dockerfile.instruction;

/** {@code MAINTAINER name} (deprecated; LABEL replaces it). */
public record MaintainerInstruction(InstructionParts parts, Word name) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.MAINTAINER;
    }
}
