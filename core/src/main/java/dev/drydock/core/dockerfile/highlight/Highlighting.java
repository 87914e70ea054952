package dev.drydock.core.dockerfile.highlight;

import java.util.List;

/**
 * What an editor shows of a Dockerfile's syntax: the highlighted spans (sorted, never overlapping;
 * text between them is plain) and the bracket and quote pairs, sorted by their opening offset.
 */
public record Highlighting(List<HighlightSpan> spans, List<MatchingPair> pairs) {

    public Highlighting {
        spans = List.copyOf(spans);
        pairs = List.copyOf(pairs);
    }
}
