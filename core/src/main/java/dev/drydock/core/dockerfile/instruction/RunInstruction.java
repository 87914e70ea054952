package dev.drydock.core.dockerfile.instruction;

import java.util.List;

/** {@code RUN} in shell or exec form, with its flags ({@code --mount}, {@code --network}, {@code --security}) and heredocs. */
public record RunInstruction(InstructionParts parts, Command command, List<Heredoc> heredocs)
        implements Instruction, CommandInstruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.RUN;
    }
}
