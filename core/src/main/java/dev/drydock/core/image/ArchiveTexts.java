package dev.drydock.core.image;

import dev.drydock.core.text.MessageTexts;

/** Builds the user-facing failures of archive reading from {@code image-archive-errors.properties}. */
final class ArchiveTexts {

    private static final MessageTexts TEXTS = MessageTexts.load(ArchiveTexts.class, "image-archive-errors.properties");

    private ArchiveTexts() {
    }

    /** The failure {@code key}.message (filled with {@code args}) with the advice under {@code adviceKey}. */
    static ImageArchiveException failure(String key, String adviceKey, Object... args) {
        return new ImageArchiveException(TEXTS.text(key + ".message", args), TEXTS.text(adviceKey));
    }
}
