package dev.drydock.core.dockerfile;

/**
 * A {@code #} comment line. {@code text} is everything after the {@code #}, as written.
 * {@code insideInstruction} is true for a comment between the continued lines of an instruction
 * (Docker drops those lines before it joins the instruction).
 */
public record Comment(String text, SourceRange range, boolean insideInstruction) implements SourceElement {
}
