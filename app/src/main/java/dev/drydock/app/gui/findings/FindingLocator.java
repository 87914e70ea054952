package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.TextRange;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds rows by place: the one under the caret, and the same finding again after a re-lint. */
final class FindingLocator {

    private FindingLocator() {
    }

    /** True when the caret at {@code offset} touches the row's range (its end counts, so typing at a word's end stays on it). */
    static boolean contains(FindingRow row, int offset) {
        return row.range().map(range -> range.startOffset() <= offset && offset <= range.endOffset()).orElse(false);
    }

    /**
     * The row for a caret at {@code offset}: the narrowest range that contains it (most serious, then
     * first in {@code rows}, on a tie); else, when the lines of the text are known, the row on the
     * caret's line whose range is nearest to it; else none.
     */
    static Optional<FindingRow> atCaret(List<FindingRow> rows, int offset, Optional<LineMap> lines) {
        Optional<FindingRow> containing = rows.stream()
                .filter(row -> contains(row, offset))
                .min(Comparator.comparingInt((FindingRow row) -> row.range().orElseThrow().length())
                        .thenComparing(FindingRow::severity));
        if (containing.isPresent() || lines.isEmpty()) {
            return containing;
        }
        Optional<Integer> line = lineOf(lines.get(), offset);
        return line.flatMap(caretLine -> rows.stream()
                .filter(row -> row.range().map(range -> isOnLine(range, caretLine)).orElse(false))
                .min(Comparator.comparingInt((FindingRow row) -> distance(row.range().orElseThrow(), offset))
                        .thenComparing(FindingRow::severity)));
    }

    /**
     * The row of {@code rows} that shows the same finding as {@code previous} did before a re-lint:
     * same rule and message, and the same range, or else the same starting line, or else the only
     * one with that rule and message (lines were added or removed above it).
     */
    static Optional<FindingRow> sameFinding(FindingRow previous, List<FindingRow> rows) {
        List<FindingRow> alike = rows.stream()
                .filter(row -> row.id().equals(previous.id()) && row.message().equals(previous.message()))
                .toList();
        return alike.stream().filter(row -> Objects.equals(row.range(), previous.range())).findFirst()
                .or(() -> alike.stream().filter(row -> row.line() == previous.line()).findFirst())
                .or(() -> alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty());
    }

    private static Optional<Integer> lineOf(LineMap lines, int offset) {
        try {
            return Optional.of(lines.line(offset));
        } catch (IllegalArgumentException outsideText) {
            return Optional.empty();
        }
    }

    /** A range ending at the very start of a line (after a newline) is not on that line. */
    private static boolean isOnLine(TextRange range, int line) {
        boolean endsBeforeLine = range.endLine() == line && range.endColumn() == 1 && range.endLine() > range.startLine();
        return range.coversLine(line) && !endsBeforeLine;
    }

    private static int distance(TextRange range, int offset) {
        if (offset < range.startOffset()) {
            return range.startOffset() - offset;
        }
        return Math.max(0, offset - range.endOffset());
    }
}
