package dev.drydock.core.dockerfile.instruction;

import java.util.List;

/** {@code ENV key=value ...}, or the legacy {@code ENV key value} ({@code legacyForm}). */
public record EnvInstruction(InstructionParts parts, List<KeyValue> variables, boolean legacyForm) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.ENV;
    }
}
