package dev.drydock.core.fix;

import java.util.List;
import java.util.Objects;

/**
 * A fix as data: a title saying what it does ("Add --no-install-recommends"), how safe it is, the
 * document version it was computed for and the text edits that make it. It holds no editor state;
 * {@link FixApplier} is the one place that applies it.
 */
public record Fix(String title, Safety safety, DocumentVersion documentVersion, List<TextEdit> edits) {

    /** Whether a fix can be applied without a person looking at it. */
    public enum Safety {
        /** Keeps the behaviour of the build; applied by {@code drydock fix} without asking. */
        SAFE,
        /** Changes behaviour or contains a placeholder to fill in; applied only when asked for. */
        NEEDS_REVIEW
    }

    public Fix {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(documentVersion, "documentVersion");
        edits = List.copyOf(edits);
        if (title.isBlank()) {
            throw new IllegalArgumentException("a fix needs a title saying what it does");
        }
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("fix '" + title + "' has no edits");
        }
    }

    /** A fix for {@code text}, its version computed here (a SHA-256 of the whole text). */
    public static Fix of(String title, Safety safety, String text, List<TextEdit> edits) {
        return of(title, safety, DocumentVersion.of(text), edits);
    }

    /** A fix for the document of {@code version}, computed once by the caller for all the fixes of one text. */
    public static Fix of(String title, Safety safety, DocumentVersion version, List<TextEdit> edits) {
        return new Fix(title, safety, version, edits);
    }
}
