package dev.drydock.core.dockerfile.instruction;

import java.util.Optional;

/** {@code HEALTHCHECK NONE} or {@code HEALTHCHECK [--interval ... options] CMD command}. */
public record HealthcheckInstruction(InstructionParts parts, boolean none, Optional<Command> command) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.HEALTHCHECK;
    }
}
