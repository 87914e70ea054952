package dev.drydock.app.gui.editor;

import dev.drydock.core.fix.TextEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Finding and replacing plain text (no regular expressions), with or without matching case. */
public final class FindReplace {

    private FindReplace() {
    }

    /** Start of the first match at or after {@code from}, wrapping to the top; empty when there is none. */
    public static OptionalInt next(String text, String query, int from, boolean matchCase) {
        if (query.isEmpty()) {
            return OptionalInt.empty();
        }
        String haystack = fold(text, matchCase);
        String needle = fold(query, matchCase);
        int found = haystack.indexOf(needle, Math.max(0, Math.min(from, text.length())));
        if (found < 0) {
            found = haystack.indexOf(needle);
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    /** Start of the last match that starts before {@code before}, wrapping to the bottom. */
    public static OptionalInt previous(String text, String query, int before, boolean matchCase) {
        if (query.isEmpty()) {
            return OptionalInt.empty();
        }
        String haystack = fold(text, matchCase);
        String needle = fold(query, matchCase);
        int found = before <= 0 ? -1 : haystack.lastIndexOf(needle, before - 1);
        if (found < 0) {
            found = haystack.lastIndexOf(needle);
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    /** One edit per match (not overlapping, left to right), replacing it with {@code replacement}. */
    public static List<TextEdit> replaceAll(String text, String query, String replacement, boolean matchCase) {
        List<TextEdit> edits = new ArrayList<>();
        if (query.isEmpty()) {
            return edits;
        }
        String haystack = fold(text, matchCase);
        String needle = fold(query, matchCase);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            edits.add(TextEdit.replace(at, at + query.length(), replacement));
        }
        return edits;
    }

    /** Lower-cases when case does not matter; keeps lengths (char by char). */
    private static String fold(String text, boolean matchCase) {
        if (matchCase) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
