package dev.drydock.core.image.layers;

/**
 * The clear text of one line of a file in an image, read on the user's explicit request to reveal a
 * secret. It exists only to be shown on screen: never cache, log, store or export it. Its
 * {@link #toString()} says nothing of the text, so it cannot leak into a log by accident.
 *
 * @param path the file ({@code app/.env})
 * @param line 1-based line shown; 1 also for a finding that is not line-based
 * @param text the line, at most {@link SecretReveal#MAX_LINE_CHARS} characters
 * @param cut  true when the line was longer and {@code text} is its start
 */
public record RevealedSecret(String path, int line, String text, boolean cut) {

    @Override
    public String toString() {
        return "RevealedSecret[" + path + ":" + line + ", text hidden]";
    }
}
