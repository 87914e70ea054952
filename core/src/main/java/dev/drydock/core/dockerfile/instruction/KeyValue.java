package dev.drydock.core.dockerfile.instruction;

import dev.drydock.core.dockerfile.SourceRange;

/** A {@code key=value} pair of LABEL or ENV (or the legacy {@code ENV key value}). */
public record KeyValue(Word key, Word value, SourceRange range) {
}
