package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.instruction.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits instruction arguments into words the way Docker's {@code parseWords} does: words end at
 * spaces outside quotes; quotes and escapes stay in the word's text; the escape character protects the
 * character after it (except inside single quotes).
 */
final class WordSplitter {

    private WordSplitter() {
    }

    /** Start and end (exclusive) of each word in {@code [from, to)}, as pairs in one array list. */
    static List<int[]> spans(CharSequence text, int from, int to, char escape) {
        List<int[]> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            i = Chars.skipSpaces(text, i, to);
            if (i >= to) {
                break;
            }
            int start = i;
            i = wordEnd(text, i, to, escape);
            spans.add(new int[] {start, i});
        }
        return spans;
    }

    /** Where the word starting at {@code start} ends. */
    static int wordEnd(CharSequence text, int start, int to, char escape) {
        int i = start;
        char quote = 0;
        while (i < to) {
            char c = text.charAt(i);
            if (quote == 0) {
                if (Chars.isSpace(c)) {
                    return i;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == escape) {
                    i++;
                }
            } else if (c == quote) {
                quote = 0;
            } else if (c == escape && quote != '\'') {
                i++;
            }
            i++;
        }
        return Math.min(i, to);
    }

    static List<Word> words(LogicalText text, int from, int to, char escape) {
        List<int[]> spans = spans(text.text(), from, to, escape);
        List<Word> words = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            words.add(word(text, span[0], span[1], escape));
        }
        return words;
    }

    static Word word(LogicalText text, int from, int to, char escape) {
        String raw = text.text().substring(from, to);
        return new Word(raw, WordValues.unquote(raw, escape), text.range(from, to));
    }
}
