package dev.drydock.core.dockerfile.instruction;

import dev.drydock.core.dockerfile.SourceRange;

import java.util.Optional;

/** One build argument declared by ARG: {@code NAME} or {@code NAME=default}. */
public record ArgDeclaration(Word name, Optional<Word> defaultValue, SourceRange range) {
}
