package dev.drydock.core.dockerfile.highlight;

/**
 * Two characters that belong together: the brackets of a JSON array ({@code [} and {@code ]}) or the
 * opening and closing quote of a string. Offsets into the text, {@code open < close}.
 */
public record MatchingPair(int open, int close) {

    public MatchingPair {
        if (open < 0 || close <= open) {
            throw new IllegalArgumentException("bad pair " + open + ".." + close);
        }
    }
}
