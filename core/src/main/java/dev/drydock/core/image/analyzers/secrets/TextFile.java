package dev.drydock.core.image.analyzers.secrets;

import dev.drydock.core.findings.LineMap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The content of a file read as text, at most a given number of bytes. A file with a NUL byte in its
 * first {@value #PROBE_BYTES} bytes is binary and is not read as text. Bytes are decoded as ISO-8859-1,
 * one character per byte, so any file decodes and every credential shape (all ASCII) survives.
 */
public final class TextFile {

    /** How much of the start of a file decides whether it is binary (like git and grep do). */
    public static final int PROBE_BYTES = 8192;

    private final String text;
    private LineMap lines;
    private String lowerCase;

    private TextFile(String text) {
        this.text = text;
    }

    /** Reads at most {@code maxBytes} of {@code content}; empty when the content is binary. */
    public static Optional<TextFile> read(InputStream content, long maxBytes) throws IOException {
        byte[] bytes = content.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
        return isBinary(bytes) ? Optional.empty() : Optional.of(of(new String(bytes, StandardCharsets.ISO_8859_1)));
    }

    public static TextFile of(String text) {
        return new TextFile(text);
    }

    /** True when a NUL byte appears in the first {@value #PROBE_BYTES} bytes. */
    public static boolean isBinary(byte[] bytes) {
        int probe = Math.min(bytes.length, PROBE_BYTES);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    public String text() {
        return text;
    }

    /** The text in lower case ({@link java.util.Locale#ROOT}), made once, for the checks that decide whether a pattern needs to run. */
    public String lowerCase() {
        if (lowerCase == null) {
            lowerCase = text.toLowerCase(java.util.Locale.ROOT);
        }
        return lowerCase;
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        if (lines == null) {
            lines = LineMap.of(text);
        }
        return lines.line(offset);
    }

    /** The lines of the text, without their line ends. */
    public String[] lines() {
        return text.split("\r?\n", -1);
    }
}
