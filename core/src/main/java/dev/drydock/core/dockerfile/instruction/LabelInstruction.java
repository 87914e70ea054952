package dev.drydock.core.dockerfile.instruction;

import java.util.List;

/** {@code LABEL key=value ...}. */
public record LabelInstruction(InstructionParts parts, List<KeyValue> labels) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.LABEL;
    }
}
