package dev.drydock.core.dockerfile.shell;

/** How a shell word was quoted. */
public enum QuoteKind {
    /** No quotes at all: {@code install}. */
    NONE,
    /** Wholly in single quotes: {@code 'a b'}. */
    SINGLE,
    /** Wholly in double quotes: {@code "a b"}. */
    DOUBLE,
    /** Partly quoted: {@code --opt="a b"}, {@code a'b'c}. */
    MIXED
}
