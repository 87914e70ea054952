package dev.drydock.app.gui.editor;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.highlight.DockerfileHighlighter;
import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Styles as runs, and how little of them a keystroke restyles. */
class StyleDeltaTest {

    private final EditorStyles styles = new EditorStyles();

    private List<StyleRun> runs(String text, List<MarkedFinding> findings) {
        return styles.runs(text.length(), DockerfileHighlighter.highlight(Dockerfile.parse(text)), findings, Optional.empty());
    }

    private static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("RUN echo \"line ").append(i).append("\" $HOME\n");
        }
        return text.toString();
    }

    @Test
    void runsCombineSyntaxAndTheMostSeriousUnderline() {
        String text = "RUN echo\n";
        MarkedFinding warning = new MarkedFinding(Findings.at(text, "DD1", Severity.WARNING, 0, 6), 0, 6);
        MarkedFinding error = new MarkedFinding(Findings.at(text, "DD2", Severity.ERROR, 2, 4), 2, 4);

        assertThat(runs(text, List.of(warning, error))).containsExactly(
                new StyleRun(2, List.of("hl-instruction", "finding-warning")),
                new StyleRun(1, List.of("hl-instruction", "finding-error")),
                new StyleRun(1, List.of("finding-error")),
                new StyleRun(2, List.of("finding-warning")),
                new StyleRun(3, List.of()));
    }

    @Test
    void aKeystrokeInTheMiddleOfALongFileRestylesOnlyAroundIt() {
        String before = lines(2000);
        int at = before.indexOf("line 1000") + 4;
        String after = before.substring(0, at) + "X" + before.substring(at);

        StyleDelta delta = StyleDelta.between(runs(before, List.of()), runs(after, List.of()), at, at + 1);

        assertThat(delta.from()).isLessThanOrEqualTo(at).isGreaterThan(at - 40);
        assertThat(delta.length()).isLessThan(40);
    }

    @Test
    void openingAQuoteRestylesEverythingAfterItThatChanged() {
        String before = "RUN echo a\nRUN echo b\n";
        String after = "RUN echo \"a\nRUN echo b\n";
        StyleDelta delta = StyleDelta.between(runs(before, List.of()), runs(after, List.of()), 9, 10);

        assertThat(delta.from()).isEqualTo("RUN".length());
        // the open string runs to the end of its line (the line break may take its style); the next line is untouched
        assertThat(delta.from() + delta.length()).isBetween(after.indexOf("\n"), after.indexOf("\n") + 1);
    }

    @Test
    void theEditedCharactersAreRestyledEvenWhenTheRunsLookTheSame() {
        String text = "RUN a b\n";
        List<StyleRun> same = runs(text, List.of());

        StyleDelta delta = StyleDelta.between(same, same, 5, 6);

        assertThat(delta.from()).isLessThanOrEqualTo(5);
        assertThat(delta.from() + delta.length()).isGreaterThanOrEqualTo(6);
        assertThat(StyleDelta.between(same, same, Integer.MAX_VALUE, Integer.MIN_VALUE).isEmpty()).isTrue();
    }

    @Test
    void editRangesFollowLaterEdits() {
        EditRange range = EditRange.none().then(10, 0, 5).then(0, 0, 2);
        assertThat(range).isEqualTo(new EditRange(0, 17));
        assertThat(EditRange.none().then(10, 3, 0)).isEqualTo(new EditRange(10, 10));
        assertThat(EditRange.none().isNone()).isTrue();
    }
}
