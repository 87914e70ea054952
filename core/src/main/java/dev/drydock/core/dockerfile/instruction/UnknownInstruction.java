package dev.drydock.core.dockerfile.instruction;

/** A keyword Docker does not know; kept so the text round-trips, and reported as a syntax problem. */
public record UnknownInstruction(InstructionParts parts) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.UNKNOWN;
    }
}
