package dev.drydock.core.dockerfile.instruction;

import java.util.List;
import java.util.Optional;

/** {@code COPY [flags] source... destination}; sources may be heredocs. */
public record CopyInstruction(InstructionParts parts, List<Word> sources, Optional<Word> destination, List<Heredoc> heredocs, boolean jsonForm) implements Instruction, CopiesFiles {

    @Override
    public InstructionKind kind() {
        return InstructionKind.COPY;
    }
}
