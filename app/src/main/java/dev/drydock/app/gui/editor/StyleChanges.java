package dev.drydock.app.gui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of text whose style classes really changed, each to be restyled on its own. The area
 * rebuilds every line a restyle touches (in its model and on screen), so a finding that appears on
 * line 10 and another that goes from line 900 restyle two stretches, not the 890 lines between them.
 * Stretches closer than {@link #MERGE_GAP} characters are restyled together, and so are stretches
 * with no line on screen between them: off screen only the model is rebuilt, and one restyle costs
 * less there than many.
 */
final class StyleChanges {

    /** About a line: closer stretches cost less as one restyle than as two. */
    static final int MERGE_GAP = 80;

    private StyleChanges() {
    }

    /**
     * @param shown    the runs the area showed before the edit
     * @param wanted   the runs for the current text
     * @param editFrom start of the edited characters in the current text ({@code Integer.MAX_VALUE} when nothing was edited)
     * @param editTo   end of the edited characters in the current text ({@code Integer.MIN_VALUE} when nothing was edited)
     * @return disjoint deltas in ascending order; empty when the area already shows {@code wanted}
     */
    static List<StyleDelta> between(List<StyleRun> shown, List<StyleRun> wanted, int editFrom, int editTo) {
        return between(shown, wanted, editFrom, editTo, 0, Integer.MAX_VALUE);
    }

    /**
     * As {@link #between(List, List, int, int)}, merging stretches when the text between them lies
     * outside {@code [visibleFrom, visibleTo)}, the characters on screen.
     */
    static List<StyleDelta> between(List<StyleRun> shown, List<StyleRun> wanted, int editFrom, int editTo,
                                    int visibleFrom, int visibleTo) {
        StyleDelta hull = StyleDelta.between(shown, wanted, editFrom, editTo);
        if (hull.isEmpty()) {
            return List.of();
        }
        int from = hull.from();
        int to = from + hull.length();
        int shift = length(wanted) - length(shown);
        boolean edited = editFrom <= editTo;
        if (!edited && shift != 0) {
            return List.of(hull);
        }
        // [from, alignedTo) sits where it was; [alignedTo, shiftedFrom) is new; [shiftedFrom, to) moved by shift.
        int alignedTo = edited ? clamp(editFrom, from, to) : to;
        int shiftedFrom = edited ? clamp(editTo, alignedTo, to) : to;
        Object[] want = perCharacter(wanted, from, to - from);
        Object[] had = perCharacter(shown, from, to - shift - from);
        boolean[] dirty = new boolean[to - from];
        for (int i = from; i < to; i++) {
            int before = i < alignedTo ? i - from : i - shift - from;
            dirty[i - from] = (i >= alignedTo && i < shiftedFrom) || before < 0 || before >= had.length
                    || !same(want[i - from], had[before]);
        }
        return segments(from, want, dirty, visibleFrom - from, visibleTo - from);
    }

    private static List<StyleDelta> segments(int from, Object[] want, boolean[] dirty, int visibleFrom, int visibleTo) {
        List<int[]> stretches = new ArrayList<>();
        int i = 0;
        while (i < dirty.length) {
            if (!dirty[i]) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            int clean = 0;
            for (int j = i + 1; j < dirty.length && clean < MERGE_GAP; j++) {
                if (dirty[j]) {
                    end = j + 1;
                    clean = 0;
                } else {
                    clean++;
                }
            }
            int[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && (last[1] >= visibleTo || start <= visibleFrom)) {
                last[1] = end;
            } else {
                stretches.add(new int[] {start, end});
            }
            i = end;
        }
        List<StyleDelta> deltas = new ArrayList<>(stretches.size());
        for (int[] stretch : stretches) {
            deltas.add(new StyleDelta(from + stretch[0], runs(want, stretch[0], stretch[1])));
        }
        return deltas;
    }

    @SuppressWarnings("unchecked")
    private static List<StyleRun> runs(Object[] classes, int start, int end) {
        List<StyleRun> runs = new ArrayList<>();
        int i = start;
        while (i < end) {
            int runStart = i;
            while (i < end && same(classes[i], classes[runStart])) {
                i++;
            }
            runs.add(new StyleRun(i - runStart, (List<String>) classes[runStart]));
        }
        return List.copyOf(runs);
    }

    /** The style classes of {@code count} characters from {@code skip} on. */
    private static Object[] perCharacter(List<StyleRun> runs, int skip, int count) {
        Object[] classes = new Object[Math.max(0, count)];
        int offset = 0;
        for (StyleRun run : runs) {
            int start = Math.max(offset, skip);
            int end = Math.min(offset + run.length(), skip + classes.length);
            for (int i = start; i < end; i++) {
                classes[i - skip] = run.styleClasses();
            }
            offset += run.length();
            if (offset >= skip + classes.length) {
                break;
            }
        }
        return classes;
    }

    private static boolean same(Object a, Object b) {
        return a == b || a != null && a.equals(b);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(value, max));
    }

    private static int length(List<StyleRun> runs) {
        int length = 0;
        for (StyleRun run : runs) {
            length += run.length();
        }
        return length;
    }
}
