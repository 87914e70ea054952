package dev.drydock.core.dockerfile.instruction;

import java.util.List;
import java.util.Optional;

/** What ADD and COPY share: sources (heredocs among them) copied to a destination. */
public sealed interface CopiesFiles permits AddInstruction, CopyInstruction {

    List<Word> sources();

    Optional<Word> destination();

    List<Heredoc> heredocs();

    boolean jsonForm();
}
