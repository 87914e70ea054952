package dev.drydock.core.dockerfile.instruction;

/** {@code STOPSIGNAL signal}. */
public record StopsignalInstruction(InstructionParts parts, Word signal) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.STOPSIGNAL;
    }
}
