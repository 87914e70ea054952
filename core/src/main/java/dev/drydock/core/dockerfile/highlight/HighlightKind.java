package dev.drydock.core.dockerfile.highlight;

import java.util.Locale;

/** What a stretch of Dockerfile text is, for an editor's colours. */
public enum HighlightKind {
    /** A parser directive line at the top: {@code # syntax=...}, {@code # escape=`}. */
    DIRECTIVE,
    /** A comment line. */
    COMMENT,
    /** A comment that speaks to the linter: {@code # hadolint ignore=DL3008}, {@code # drydock ignore=...}. */
    PRAGMA,
    /** The instruction's keyword: {@code RUN}, {@code from}. */
    INSTRUCTION,
    /** A word with a meaning inside the arguments: {@code AS} of FROM, {@code CMD} and {@code NONE} of HEALTHCHECK. */
    KEYWORD,
    /** The name part of a flag, {@code --mount=} or {@code --link}. */
    FLAG,
    /** A quoted string, quotes included. */
    STRING,
    /** A variable reference: {@code $NAME}, {@code ${NAME:-default}}. */
    VARIABLE,
    /** The body of a heredoc. */
    HEREDOC,
    /** A heredoc's {@code <<EOF} marker and its closing delimiter line. */
    HEREDOC_MARKER,
    /** The escape character that continues an instruction on the next line ({@code \} or {@code `}). */
    ESCAPE,
    /** {@code [}, {@code ]} and {@code ,} of the JSON (exec) form. */
    JSON_PUNCTUATION;

    /** A lower-case id with dashes ({@code json-punctuation}), for style names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
