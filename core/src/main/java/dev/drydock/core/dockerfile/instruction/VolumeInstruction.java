package dev.drydock.core.dockerfile.instruction;

import java.util.List;

/** {@code VOLUME ["/path"]} or {@code VOLUME /path ...}. */
public record VolumeInstruction(InstructionParts parts, List<Word> paths, boolean jsonForm) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.VOLUME;
    }
}
