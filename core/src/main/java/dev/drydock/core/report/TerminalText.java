package dev.drydock.core.report;

/**
 * Makes text from Dockerfiles safe to print on a terminal: control characters (escape sequences
 * that could recolour or rewrite the screen, carriage returns that could hide a line) are shown as
 * {@code \}{@code u001b}-style escapes, and so are Unicode bidirectional controls, which could make a
 * line read differently from what it is ("Trojan Source"). Tabs stay.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0) || isBidiControl(c);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isBidiControl(char c) {
        return c == '\u200e' || c == '\u200f' || c == '\u061c' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
