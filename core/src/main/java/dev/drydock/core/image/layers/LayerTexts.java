package dev.drydock.core.image.layers;

import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.text.MessageTexts;

/** The notes and failures of image scanning, from {@code image-scan-texts.properties}. */
final class LayerTexts {

    private static final MessageTexts TEXTS = MessageTexts.load(LayerTexts.class, "image-scan-texts.properties");

    private LayerTexts() {
    }

    static String text(String key, Object... args) {
        return TEXTS.text(key, args);
    }

    /** The failure {@code key}.message with the advice under {@code key}.advice, or the common advice. */
    static ImageArchiveException failure(String key, Object... args) {
        return new ImageArchiveException(TEXTS.text(key + ".message", args), TEXTS.text("advice.source"));
    }
}
