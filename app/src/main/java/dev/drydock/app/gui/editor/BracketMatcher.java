package dev.drydock.app.gui.editor;

import dev.drydock.core.dockerfile.highlight.MatchingPair;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the bracket or quote that matches the one beside the caret: the character after the caret
 * first, then the one before it (as most editors do).
 */
public final class BracketMatcher {

    private final Map<Integer, MatchingPair> byOffset;

    public BracketMatcher(List<MatchingPair> pairs) {
        byOffset = new HashMap<>(pairs.size() * 4);
        for (MatchingPair pair : pairs) {
            byOffset.put(pair.open(), pair);
            byOffset.put(pair.close(), pair);
        }
    }

    /** The pair with one end right after or right before {@code caret}. */
    public Optional<MatchingPair> at(int caret) {
        MatchingPair after = byOffset.get(caret);
        if (after != null) {
            return Optional.of(after);
        }
        return Optional.ofNullable(byOffset.get(caret - 1));
    }
}
