package dev.drydock.core.dockerfile;

/**
 * A top-level piece of a Dockerfile: a parser directive, a comment, an instruction or the trivia
 * (blank space, line breaks, byte-order mark) between them. The elements of a {@link Dockerfile} follow
 * each other without gap or overlap and together cover every character of the text.
 */
public interface SourceElement {

    SourceRange range();
}
