package dev.drydock.app.gui.editor;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.highlight.DockerfileHighlighter;
import dev.drydock.core.dockerfile.highlight.MatchingPair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BracketMatcherTest {

    private static final String TEXT = "CMD [\"nginx\", \"-g\"]\n";
    private final BracketMatcher matcher = new BracketMatcher(DockerfileHighlighter.analyze(Dockerfile.parse(TEXT)).pairs());

    @Test
    void theCharacterAfterTheCaretComesFirst() {
        assertThat(matcher.at(4)).contains(new MatchingPair(4, 18));
        assertThat(matcher.at(5)).contains(new MatchingPair(5, 11));
    }

    @Test
    void elseTheCharacterBeforeTheCaret() {
        assertThat(matcher.at(19)).contains(new MatchingPair(4, 18));
        assertThat(matcher.at(12)).contains(new MatchingPair(5, 11));
    }

    @Test
    void awayFromBracketsAndQuotesThereIsNoPair() {
        assertThat(matcher.at(8)).isEmpty();
        assertThat(matcher.at(0)).isEmpty();
    }
}
