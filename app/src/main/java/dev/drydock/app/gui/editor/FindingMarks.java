package dev.drydock.app.gui.editor;

import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.TextRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings shown in the editor and where their ranges are in the current text. Edits move the
 * ranges along (text typed before a range shifts it, text typed inside widens it), so the marks stay
 * on the right characters until the next lint replaces them.
 */
public final class FindingMarks {

    private static final Comparator<MarkedFinding> MOST_SERIOUS_FIRST =
            Comparator.comparing((MarkedFinding mark) -> mark.finding().severity()).thenComparingInt(MarkedFinding::start);

    private List<MarkedFinding> marks = List.of();
    private boolean current = true;

    /** Shows {@code findings} (those without a Dockerfile range are left out), computed for the current text. */
    public void set(List<Finding> findings) {
        List<MarkedFinding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Optional<TextRange> range = finding.textRange();
            range.ifPresent(r -> marked.add(new MarkedFinding(finding, r.startOffset(), r.endOffset())));
        }
        marks = List.copyOf(marked);
        current = true;
    }

    /** Whether the text is still the one the findings were computed for (no edit since {@link #set}). */
    public boolean isCurrent() {
        return current;
    }

    public List<MarkedFinding> all() {
        return marks;
    }

    /** Moves the ranges through one edit: {@code removed} characters at {@code position} replaced by {@code inserted}. */
    public void shift(int position, int removed, int inserted) {
        if (removed == 0 && inserted == 0) {
            return;
        }
        current = false;
        int delta = inserted - removed;
        int changeEnd = position + removed;
        List<MarkedFinding> moved = new ArrayList<>(marks.size());
        for (MarkedFinding mark : marks) {
            int start = mark.start();
            int end = mark.end();
            if (changeEnd <= start) {
                start += delta;
                end += delta;
            } else if (position < end) {
                start = Math.min(start, position);
                end = end <= changeEnd ? position + inserted : end + delta;
            }
            moved.add(new MarkedFinding(mark.finding(), start, Math.max(start, end)));
        }
        marks = List.copyOf(moved);
    }

    /**
     * The findings for a caret at {@code offset}, most serious first: those whose range the caret
     * touches, or else those that start on the caret's line.
     */
    public List<Finding> findingsAt(int offset, LineIndex lines) {
        List<MarkedFinding> touching = new ArrayList<>();
        for (MarkedFinding mark : marks) {
            if (mark.touches(offset)) {
                touching.add(mark);
            }
        }
        if (touching.isEmpty()) {
            int line = lines.position(offset).line();
            for (MarkedFinding mark : marks) {
                if (lines.position(mark.start()).line() == line) {
                    touching.add(mark);
                }
            }
        }
        touching.sort(MOST_SERIOUS_FIRST);
        return touching.stream().map(MarkedFinding::finding).toList();
    }

    /** The findings whose range holds the character at {@code offset} (for the hover tooltip), most serious first. */
    public List<Finding> findingsCovering(int offset) {
        return marks.stream().filter(mark -> mark.covers(offset)).sorted(MOST_SERIOUS_FIRST)
                .map(MarkedFinding::finding).toList();
    }

    /** The gutter mark of each line (0-based paragraph index) where a finding starts. */
    public Map<Integer, GutterMark> gutter(LineIndex lines) {
        Map<Integer, GutterMark> byLine = new HashMap<>();
        for (MarkedFinding mark : marks) {
            int paragraph = lines.position(mark.start()).line() - 1;
            Finding finding = mark.finding();
            boolean fixable = !finding.fixes().isEmpty();
            byLine.merge(paragraph, new GutterMark(finding.severity(), fixable),
                    (old, added) -> old.with(added.severity(), added.fixable()));
        }
        return byLine;
    }
}
