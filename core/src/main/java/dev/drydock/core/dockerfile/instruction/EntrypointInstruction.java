package dev.drydock.core.dockerfile.instruction;

/** {@code ENTRYPOINT}: the executable the image runs. */
public record EntrypointInstruction(InstructionParts parts, Command command) implements Instruction, CommandInstruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.ENTRYPOINT;
    }
}
