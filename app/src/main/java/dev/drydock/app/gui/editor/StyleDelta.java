package dev.drydock.app.gui.editor;

import java.util.List;

/**
 * The part of the text whose styles must be set again: new runs minus the leading and trailing runs
 * that the area already shows. Runs that touch the edited characters are always restyled, since the
 * area gives newly typed text the style of its neighbour. Keeps a keystroke in a 2,000-line file
 * from restyling every line.
 *
 * @param from  offset of the first character to restyle
 * @param runs  the runs to apply from there (empty: nothing to do)
 */
public record StyleDelta(int from, List<StyleRun> runs) {

    /**
     * @param shown     the runs the area showed before the edit
     * @param wanted    the runs for the current text
     * @param editFrom  start of the edited characters in the current text
     * @param editTo    end of the edited characters in the current text ({@code editFrom} when only deleted)
     */
    public static StyleDelta between(List<StyleRun> shown, List<StyleRun> wanted, int editFrom, int editTo) {
        int prefix = 0;
        int prefixChars = 0;
        int limit = Math.min(shown.size(), wanted.size());
        while (prefix < limit && shown.get(prefix).equals(wanted.get(prefix))
                && prefixChars + wanted.get(prefix).length() <= editFrom) {
            prefixChars += wanted.get(prefix).length();
            prefix++;
        }
        int wantedLength = 0;
        for (StyleRun run : wanted) {
            wantedLength += run.length();
        }
        int suffix = 0;
        int suffixChars = 0;
        while (suffix < limit - prefix) {
            StyleRun old = shown.get(shown.size() - 1 - suffix);
            StyleRun now = wanted.get(wanted.size() - 1 - suffix);
            if (!old.equals(now) || wantedLength - suffixChars - now.length() < editTo) {
                break;
            }
            suffixChars += now.length();
            suffix++;
        }
        return new StyleDelta(prefixChars, List.copyOf(wanted.subList(prefix, wanted.size() - suffix)));
    }

    /** A delta that restyles everything. */
    public static StyleDelta all(List<StyleRun> wanted) {
        return new StyleDelta(0, List.copyOf(wanted));
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** Number of characters restyled. */
    public int length() {
        return runs.stream().mapToInt(StyleRun::length).sum();
    }
}
