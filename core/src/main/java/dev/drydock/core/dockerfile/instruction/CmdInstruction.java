package dev.drydock.core.dockerfile.instruction;

/** {@code CMD}: the default command of the image. */
public record CmdInstruction(InstructionParts parts, Command command) implements Instruction, CommandInstruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.CMD;
    }
}
