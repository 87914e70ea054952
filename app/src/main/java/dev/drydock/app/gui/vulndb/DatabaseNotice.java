package dev.drydock.app.gui.vulndb;

import java.util.Objects;

/** How the last update or import went, shown under the panel's actions until the next one starts. */
public record DatabaseNotice(Kind kind, String text) {

    /** How the notice reads: good news, a failure, or a change of mind. */
    public enum Kind { DONE, FAILED, CANCELLED }

    public DatabaseNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
