package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SyntaxProblem;
import dev.drydock.core.dockerfile.instruction.Heredoc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds {@code <<EOF} markers in a RUN, COPY or ADD line and reads their bodies from the lines after
 * it, in order, as BuildKit does: a marker is a word {@code [n]<<[-]NAME} (NAME may be quoted, which
 * turns off expansion); a body ends at the first line equal to NAME (after removing leading tabs for
 * {@code <<-}).
 */
final class HeredocReader {

    /** The heredocs of one instruction and where the instruction ends after them. */
    record Result(List<Heredoc> heredocs, int end, int next) {
    }

    private record Marker(String name, boolean stripsTabs, boolean quoted, int from, int to) {
    }

    private final SourceLines lines;
    private final LineIndex index;

    HeredocReader(SourceLines lines, LineIndex index) {
        this.lines = lines;
        this.index = index;
    }

    /** Reads the heredocs announced in {@code line} from {@code argumentsFrom} on; none: an empty list. */
    Result read(JoinedLine line, int argumentsFrom, List<SyntaxProblem> problems) {
        List<Marker> markers = markers(line.text(), argumentsFrom);
        if (markers.isEmpty()) {
            return new Result(List.of(), line.end(), line.next());
        }
        List<Heredoc> heredocs = new ArrayList<>(markers.size());
        int end = line.end();
        int next = line.next();
        for (Marker marker : markers) {
            Heredoc heredoc = body(line.text(), marker, next);
            heredocs.add(heredoc);
            if (heredoc.terminated()) {
                end = heredoc.delimiterRange().endOffset();
                next = lines.nextLine(heredoc.delimiterRange().startOffset());
            } else {
                end = Math.max(end, lastContentEnd(next));
                next = lines.length();
                problems.add(new SyntaxProblem("The heredoc <<" + marker.name() + " is never closed: add a line "
                        + "holding only " + marker.name() + " after its content.", heredoc.markerRange()));
            }
        }
        return new Result(heredocs, end, next);
    }

    private static List<Marker> markers(LogicalText text, int from) {
        String line = text.text();
        if (line.indexOf("<<", from) < 0) {
            return List.of();
        }
        List<Marker> markers = new ArrayList<>(1);
        for (int[] span : WordSplitter.spans(line, from, line.length(), '\\')) {
            int i = span[0];
            while (i < span[1] && Character.isDigit(line.charAt(i))) {
                i++;
            }
            if (!line.startsWith("<<", i)) {
                continue;
            }
            i += 2;
            boolean stripsTabs = i < span[1] && line.charAt(i) == '-';
            String rest = line.substring(stripsTabs ? i + 1 : i, span[1]);
            if (rest.isEmpty() || rest.indexOf('<') >= 0) {
                continue;
            }
            String name = WordValues.unquote(rest, '\\');
            if (!name.isEmpty()) {
                markers.add(new Marker(name, stripsTabs, !name.equals(rest), span[0], span[1]));
            }
        }
        return markers;
    }

    private Heredoc body(LogicalText text, Marker marker, int bodyStart) {
        String source = lines.source();
        StringBuilder body = new StringBuilder();
        int[] offsets = new int[32];
        int line = bodyStart;
        while (lines.hasLine(line)) {
            int contentEnd = lines.contentEnd(line);
            int content = line;
            if (marker.stripsTabs()) {
                while (content < contentEnd && source.charAt(content) == '\t') {
                    content++;
                }
            }
            if (source.regionMatches(content, marker.name(), 0, marker.name().length())
                    && content + marker.name().length() == contentEnd) {
                return heredoc(text, marker, bodyStart, line, contentEnd, body, offsets, true);
            }
            offsets = ensure(offsets, body.length() + contentEnd - content + 2);
            for (int i = content; i < contentEnd; i++) {
                offsets[body.length()] = i;
                body.append(source.charAt(i));
            }
            offsets[body.length()] = contentEnd;
            body.append('\n');
            line = lines.nextLine(line);
        }
        int end = lines.length();
        return heredoc(text, marker, bodyStart, end, end, body, offsets, false);
    }

    private Heredoc heredoc(LogicalText text, Marker marker, int bodyStart, int delimiterStart, int delimiterEnd,
                            StringBuilder body, int[] offsets, boolean terminated) {
        int[] mapped = ensure(offsets, body.length() + 1);
        mapped[body.length()] = delimiterStart;
        int bodyFrom = Math.min(bodyStart, delimiterStart);
        return new Heredoc(marker.name(), marker.stripsTabs(), marker.quoted(), text.range(marker.from(), marker.to()),
                index.range(bodyFrom, delimiterStart), index.range(delimiterStart, delimiterEnd),
                new LogicalText(body.toString(), mapped, index), terminated);
    }

    /** End of the last line's content from {@code line} to the end of the text; -1 when no line is left. */
    private int lastContentEnd(int line) {
        int end = -1;
        for (int l = line; lines.hasLine(l); l = lines.nextLine(l)) {
            end = lines.contentEnd(l);
        }
        return end;
    }

    private static int[] ensure(int[] offsets, int size) {
        return offsets.length >= size ? offsets : Arrays.copyOf(offsets, Math.max(size, offsets.length * 2));
    }
}
