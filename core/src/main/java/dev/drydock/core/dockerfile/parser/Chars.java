package dev.drydock.core.dockerfile.parser;

/** Character classes as Docker's Go parser sees them. */
final class Chars {

    private Chars() {
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
                || c == '\u0085' || c == '\u00A0' || (c > '\u00A0' && Character.isSpaceChar(c));
    }

    /** Spaces and tabs: what separates words within one line. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static int skipSpaces(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimSpacesBack(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
