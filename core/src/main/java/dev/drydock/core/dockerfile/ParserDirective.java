package dev.drydock.core.dockerfile;

/**
 * A parser directive at the top of the file ({@code # syntax=...}, {@code # escape=...},
 * {@code # check=...}). {@code name} is lower-case; {@code value} is trimmed.
 */
public record ParserDirective(String name, String value, SourceRange range, SourceRange valueRange)
        implements SourceElement {
}
