package dev.drydock.core.dockerfile.instruction;

import java.util.List;
import java.util.Optional;

/** {@code ADD [flags] source... destination}; sources may be URLs, git repositories or heredocs. */
public record AddInstruction(InstructionParts parts, List<Word> sources, Optional<Word> destination, List<Heredoc> heredocs, boolean jsonForm) implements Instruction, CopiesFiles {

    @Override
    public InstructionKind kind() {
        return InstructionKind.ADD;
    }
}
