package dev.drydock.app.gui.editor;

import dev.drydock.core.dockerfile.highlight.HighlightKind;
import dev.drydock.core.dockerfile.highlight.HighlightSpan;
import dev.drydock.core.dockerfile.highlight.MatchingPair;
import dev.drydock.core.findings.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The style classes of every character, as runs: the syntax colour ({@code hl-<kind>}), the wavy
 * underline of the most serious finding over it ({@code finding-<severity>}), and the matching
 * bracket or quote beside the caret ({@code matching-bracket}). Plain data; editor.css draws them.
 */
public final class EditorStyles {

    static final String MATCHING_BRACKET = "matching-bracket";

    private static final HighlightKind[] KINDS = HighlightKind.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private final Map<Integer, List<String>> classesByKey = new HashMap<>();

    /** The runs covering {@code length} characters. */
    public List<StyleRun> runs(int length, List<HighlightSpan> syntax, List<MarkedFinding> findings,
                               Optional<MatchingPair> bracket) {
        int[] keys = new int[length];
        for (HighlightSpan span : syntax) {
            int end = Math.min(span.end(), length);
            for (int i = span.start(); i < end; i++) {
                keys[i] = span.kind().ordinal() + 1;
            }
        }
        for (MarkedFinding mark : findings) {
            int severity = mark.finding().severity().ordinal() + 1;
            int start = Math.min(mark.start(), length);
            int end = Math.min(Math.max(mark.end(), mark.start() + 1), length);
            for (int i = start; i < end; i++) {
                int existing = (keys[i] >> 5) & 0x7;
                if (existing == 0 || severity < existing) {
                    keys[i] = (keys[i] & ~(0x7 << 5)) | (severity << 5);
                }
            }
        }
        bracket.ifPresent(pair -> {
            markBracket(keys, pair.open());
            markBracket(keys, pair.close());
        });
        List<StyleRun> runs = new ArrayList<>();
        int i = 0;
        while (i < length) {
            int key = keys[i];
            int start = i;
            while (i < length && keys[i] == key) {
                i++;
            }
            runs.add(new StyleRun(i - start, classes(key)));
        }
        return runs;
    }

    private static void markBracket(int[] keys, int offset) {
        if (offset >= 0 && offset < keys.length) {
            keys[offset] |= 1 << 8;
        }
    }

    private List<String> classes(int key) {
        return classesByKey.computeIfAbsent(key, k -> {
            List<String> classes = new ArrayList<>(3);
            int kind = k & 0x1f;
            int severity = (k >> 5) & 0x7;
            if (kind > 0) {
                classes.add("hl-" + KINDS[kind - 1].id());
            }
            if (severity > 0) {
                classes.add("finding-" + SEVERITIES[severity - 1].id());
            }
            if ((k & (1 << 8)) != 0) {
                classes.add(MATCHING_BRACKET);
            }
            return List.copyOf(classes);
        });
    }
}
