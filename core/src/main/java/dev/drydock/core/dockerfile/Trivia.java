package dev.drydock.core.dockerfile;

/** Text between other elements that carries no meaning: spaces, tabs, line breaks, a byte-order mark. */
public record Trivia(SourceRange range) implements SourceElement {
}
