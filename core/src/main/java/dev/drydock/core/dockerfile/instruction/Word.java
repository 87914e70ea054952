package dev.drydock.core.dockerfile.instruction;

import dev.drydock.core.dockerfile.SourceRange;

/**
 * One argument of an instruction. {@code text} is as written (quotes kept, continuations joined);
 * {@code value} is what Docker uses after removing quotes and escapes (variables are not expanded:
 * see {@code Dockerfile.expand}).
 */
public record Word(String text, String value, SourceRange range) {
}
