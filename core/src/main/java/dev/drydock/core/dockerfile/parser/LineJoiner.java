package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.Comment;
import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins an instruction's continued lines as Docker does: a line ending in the escape character
 * (optionally followed by spaces or tabs) continues on the next line; the escape character and the
 * line break are dropped; comment lines and blank lines in between are skipped; the next line's
 * leading blanks are kept. One pass, each character visited once.
 */
final class LineJoiner {

    private final SourceLines lines;
    private final LineIndex index;

    LineJoiner(SourceLines lines, LineIndex index) {
        this.lines = lines;
        this.index = index;
    }

    /** Joins the instruction whose keyword starts at {@code start}, with {@code escape} as escape character. */
    JoinedLine join(int start, char escape) {
        String source = lines.source();
        StringBuilder text = new StringBuilder(Math.min(256, source.length() - start + 1));
        int[] offsets = new int[64];
        List<Comment> comments = List.of();
        List<SourceRange> emptyLines = List.of();
        int segment = start;
        int end;
        int next;
        while (true) {
            int contentEnd = lines.contentEnd(segment);
            int escapeAt = continuationEscape(source, segment, contentEnd, escape);
            int keptEnd = escapeAt >= 0 ? escapeAt : contentEnd;
            offsets = append(text, offsets, source, segment, keptEnd);
            end = contentEnd;
            next = lines.nextLine(segment);
            if (escapeAt < 0) {
                break;
            }
            int line = next;
            segment = -1;
            int firstBlank = emptyLines.size();
            while (lines.hasLine(line)) {
                int lineEnd = lines.contentEnd(line);
                int first = lines.firstNonSpace(line, lineEnd);
                if (first < lineEnd && source.charAt(first) == '#') {
                    if (comments.isEmpty()) {
                        comments = new ArrayList<>(2);
                    }
                    comments.add(new Comment(source.substring(first + 1, lineEnd), index.range(first, lineEnd), true));
                    end = lineEnd;
                    next = lines.nextLine(line);
                } else if (first < lineEnd) {
                    segment = line;
                    break;
                } else {
                    if (emptyLines.isEmpty()) {
                        emptyLines = new ArrayList<>(2);
                    }
                    emptyLines.add(index.range(line, lineEnd));
                }
                line = lines.nextLine(line);
            }
            if (segment < 0) {
                emptyLines = emptyLines.subList(0, firstBlank);
                break;
            }
        }
        offsets = ensure(offsets, text.length() + 1);
        offsets[text.length()] = text.length() == 0 ? start : offsets[text.length() - 1] + 1;
        return new JoinedLine(new LogicalText(text.toString(), offsets, index), end, next, comments, emptyLines);
    }

    /** Offset of the escape character that continues this line, or -1 when the line does not continue. */
    private static int continuationEscape(String source, int from, int to, char escape) {
        int i = to;
        while (i > from && Chars.isBlank(source.charAt(i - 1))) {
            i--;
        }
        return i > from && source.charAt(i - 1) == escape ? i - 1 : -1;
    }

    private static int[] append(StringBuilder text, int[] offsets, String source, int from, int to) {
        int[] grown = ensure(offsets, text.length() + (to - from) + 1);
        for (int i = from; i < to; i++) {
            grown[text.length()] = i;
            text.append(source.charAt(i));
        }
        return grown;
    }

    private static int[] ensure(int[] offsets, int size) {
        return offsets.length >= size ? offsets : Arrays.copyOf(offsets, Math.max(size, offsets.length * 2));
    }
}
