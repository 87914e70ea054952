package dev.drydock.core.dockerfile;

/** Something Docker would reject or misread, found while parsing. Parsing goes on after it. */
public record SyntaxProblem(String message, SourceRange range) {
}
