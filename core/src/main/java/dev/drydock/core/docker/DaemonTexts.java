package dev.drydock.core.docker;

import dev.drydock.core.text.MessageTexts;

/** The user-facing texts of this package, kept in {@code daemon-errors.properties}. */
final class DaemonTexts {

    private static final MessageTexts TEXTS = MessageTexts.load(DaemonTexts.class, "daemon-errors.properties");

    private DaemonTexts() {
    }

    static String text(String key, Object... args) {
        return TEXTS.text(key, args);
    }
}
