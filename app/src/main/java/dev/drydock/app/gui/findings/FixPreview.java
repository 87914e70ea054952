package dev.drydock.app.gui.findings;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.fix.UnifiedDiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a change does to a Dockerfile, before it is made: the text before and after, the rows of a
 * side-by-side view and a unified diff. Made for one fix (applied by the engine's one applier) or for
 * a whole new text, such as the hardened Dockerfile an export would write.
 */
public final class FixPreview {

    private final String title;
    private final String before;
    private final String after;
    private final List<SideBySideRow> rows;
    private final String unifiedDiff;

    private FixPreview(String title, String fileName, String before, String after) {
        this.title = Objects.requireNonNull(title, "title");
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        this.rows = sideBySide(before, after);
        this.unifiedDiff = UnifiedDiff.of(fileName, before, after);
    }

    /**
     * The preview of {@code fix} on {@code text}, titled by the fix.
     *
     * @throws dev.drydock.core.fix.FixNotApplicableException when the fix was made for another text
     *         or its edits do not fit it (its message says what to do)
     */
    public static FixPreview ofFix(String fileName, String text, Fix fix) {
        return new FixPreview(fix.title(), fileName, text, new FixApplier().apply(text, fix));
    }

    /** The preview of replacing {@code before} with {@code after}, under {@code title}. */
    public static FixPreview ofTexts(String title, String fileName, String before, String after) {
        return new FixPreview(title, fileName, before, after);
    }

    /** What the change does, e.g. the fix's title. */
    public String title() {
        return title;
    }

    public String before() {
        return before;
    }

    /** The text after the change: what Apply makes the document. */
    public String after() {
        return after;
    }

    public boolean hasChanges() {
        return !before.equals(after);
    }

    /** Every line of both texts, paired up: unchanged lines side by side, changes where they happen. */
    public List<SideBySideRow> sideBySideRows() {
        return rows;
    }

    /** The index of the first row that is not unchanged, or -1 when nothing changes. */
    public int firstChangedRow() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).change() != LineChange.UNCHANGED) {
                return i;
            }
        }
        return -1;
    }

    /** The unified diff ({@code a/<file>}, {@code b/<file>}); empty when nothing changes. */
    public String unifiedDiff() {
        return unifiedDiff;
    }

    private static List<SideBySideRow> sideBySide(String before, String after) {
        List<String> oldLines = linesWithEnds(before);
        List<String> newLines = linesWithEnds(after);
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        List<SideBySideRow> rows = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (oldIndex < delta.getSource().getPosition()) {
                rows.add(row(LineChange.UNCHANGED, oldLines, oldIndex++, newLines, newIndex++));
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            int paired = Math.min(removed, added);
            for (int i = 0; i < paired; i++) {
                rows.add(row(LineChange.CHANGED, oldLines, oldIndex++, newLines, newIndex++));
            }
            for (int i = paired; i < removed; i++) {
                rows.add(row(LineChange.DELETED, oldLines, oldIndex++, newLines, -1));
            }
            for (int i = paired; i < added; i++) {
                rows.add(row(LineChange.INSERTED, oldLines, -1, newLines, newIndex++));
            }
        }
        while (oldIndex < oldLines.size()) {
            rows.add(row(LineChange.UNCHANGED, oldLines, oldIndex++, newLines, newIndex++));
        }
        return List.copyOf(rows);
    }

    private static SideBySideRow row(LineChange change, List<String> oldLines, int oldIndex, List<String> newLines, int newIndex) {
        return new SideBySideRow(change,
                oldIndex + 1, oldIndex < 0 ? "" : withoutEnd(oldLines.get(oldIndex)),
                newIndex + 1, newIndex < 0 ? "" : withoutEnd(newLines.get(newIndex)));
    }

    /** Lines with their {@code \n} (and any {@code \r}), so a changed line end or final newline counts as a change. */
    static List<String> linesWithEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String withoutEnd(String line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }
}
