package dev.drydock.core.dockerfile.instruction;

import java.util.List;

/** {@code EXPOSE port[/protocol] ...}. */
public record ExposeInstruction(InstructionParts parts, List<ExposedPort> ports) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.EXPOSE;
    }
}
