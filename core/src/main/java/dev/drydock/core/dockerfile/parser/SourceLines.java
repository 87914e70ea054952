package dev.drydock.core.dockerfile.parser;

/** Physical lines of the source: where one ends, and where its content ends before {@code \r\n}. */
final class SourceLines {

    private final String source;

    SourceLines(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    int length() {
        return source.length();
    }

    /** Offset of the {@code \n} ending the line that contains {@code offset}, or the text's length. */
    int lineBreak(int offset) {
        int newline = source.indexOf('\n', offset);
        return newline < 0 ? source.length() : newline;
    }

    /** Where the line's content ends: before its {@code \n}, and before a {@code \r} preceding that. */
    int contentEnd(int lineStart) {
        int lineBreak = lineBreak(lineStart);
        if (lineBreak < source.length() && lineBreak > lineStart && source.charAt(lineBreak - 1) == '\r') {
            return lineBreak - 1;
        }
        return lineBreak;
    }

    /** Start of the next line, or the text's length when this is the last line. */
    int nextLine(int lineStart) {
        int lineBreak = lineBreak(lineStart);
        return lineBreak < source.length() ? lineBreak + 1 : source.length();
    }

    boolean hasLine(int lineStart) {
        return lineStart < source.length();
    }

    /** First offset in [from, to) that is not a space, or {@code to}. */
    int firstNonSpace(int from, int to) {
        return Chars.skipSpaces(source, from, to);
    }
}
