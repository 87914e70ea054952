package dev.drydock.app.gui.editor;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.highlight.DockerfileHighlighter;
import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Restyling only the stretches that changed, so lines between them are not rebuilt. */
class StyleChangesTest {

    private static final int NONE_FROM = Integer.MAX_VALUE;
    private static final int NONE_TO = Integer.MIN_VALUE;

    private final EditorStyles styles = new EditorStyles();
    private final String text = lines(2000);

    private List<StyleRun> runs(String of, MarkedFinding... findings) {
        return styles.runs(of.length(), DockerfileHighlighter.highlight(Dockerfile.parse(of)), List.of(findings), Optional.empty());
    }

    private static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("RUN echo \"line ").append(i).append("\" $HOME\n");
        }
        return text.toString();
    }

    private MarkedFinding warningOn(String in, String part) {
        int start = in.indexOf(part);
        return new MarkedFinding(Findings.at(in, "DD1", Severity.WARNING, start, start + part.length()), start, start + part.length());
    }

    /** What the area shows after the deltas are set on {@code shown}: one style list per character. */
    private static List<List<String>> applied(List<List<String>> shown, List<StyleDelta> deltas) {
        List<List<String>> area = new ArrayList<>(shown);
        for (StyleDelta delta : deltas) {
            int at = delta.from();
            for (StyleRun run : delta.runs()) {
                for (int i = 0; i < run.length(); i++) {
                    area.set(at++, run.styleClasses());
                }
            }
        }
        return area;
    }

    private static List<List<String>> perCharacter(List<StyleRun> runs) {
        List<List<String>> classes = new ArrayList<>();
        for (StyleRun run : runs) {
            for (int i = 0; i < run.length(); i++) {
                classes.add(run.styleClasses());
            }
        }
        return classes;
    }

    @Test
    void findingsFarApartRestyleTwoStretchesNotTheLinesBetween() {
        MarkedFinding early = warningOn(text, "line 10\"");
        MarkedFinding late = warningOn(text, "line 1900\"");
        List<StyleRun> shown = runs(text);
        List<StyleRun> wanted = runs(text, early, late);

        List<StyleDelta> deltas = StyleChanges.between(shown, wanted, NONE_FROM, NONE_TO);

        assertThat(deltas).extracting(StyleDelta::from).containsExactly(early.start(), late.start());
        assertThat(deltas).extracting(StyleDelta::length).containsExactly(early.end() - early.start(), late.end() - late.start());
        assertThat(applied(perCharacter(shown), deltas)).isEqualTo(perCharacter(wanted));
    }

    @Test
    void aFindingThatGoesAwayRestylesOnlyItsRangeBackToSyntaxColours() {
        MarkedFinding gone = warningOn(text, "line 500\"");
        List<StyleRun> shown = runs(text, gone);
        List<StyleRun> wanted = runs(text);

        List<StyleDelta> deltas = StyleChanges.between(shown, wanted, NONE_FROM, NONE_TO);

        assertThat(deltas).hasSize(1);
        assertThat(deltas.get(0).from()).isEqualTo(gone.start());
        assertThat(applied(perCharacter(shown), deltas)).isEqualTo(perCharacter(wanted));
    }

    @Test
    void aKeystrokeAndAFarFindingRestyleTheTypedCharacterAndTheFinding() {
        int at = text.indexOf("line 1000") + 4;
        String typed = text.substring(0, at) + "X" + text.substring(at);
        MarkedFinding early = warningOn(typed, "line 10\"");
        List<StyleRun> shown = runs(text);
        List<StyleRun> wanted = runs(typed, early);

        List<StyleDelta> deltas = StyleChanges.between(shown, wanted, at, at + 1);

        assertThat(deltas).hasSize(2);
        assertThat(deltas.get(0).from()).isEqualTo(early.start());
        assertThat(deltas.get(1).from()).isLessThanOrEqualTo(at);
        assertThat(deltas.get(1).from() + deltas.get(1).length()).isGreaterThanOrEqualTo(at + 1);
        assertThat(deltas.stream().mapToInt(StyleDelta::length).sum()).isLessThan(60);
        // the area gives the typed character its neighbour's style; the deltas set what it should be
        List<List<String>> area = perCharacter(shown);
        area.add(at, area.get(at - 1));
        assertThat(applied(area, deltas)).isEqualTo(perCharacter(wanted));
    }

    @Test
    void aDeletionShiftsTheComparisonBehindIt() {
        int at = text.indexOf("line 1000");
        String deleted = text.substring(0, at) + text.substring(at + 1);
        List<StyleRun> shown = runs(text);
        List<StyleRun> wanted = runs(deleted);

        List<StyleDelta> deltas = StyleChanges.between(shown, wanted, at, at);

        assertThat(deltas.stream().mapToInt(StyleDelta::length).sum()).isLessThan(40);
        List<List<String>> area = perCharacter(shown);
        area.remove(at);
        assertThat(applied(area, deltas)).isEqualTo(perCharacter(wanted));
    }

    @Test
    void stretchesWithNoLineOnScreenBetweenThemAreRestyledTogether() {
        int screenFrom = text.indexOf("RUN echo \"line 1000\"");
        int screenTo = text.indexOf("RUN echo \"line 1040\"");
        MarkedFinding above = warningOn(text, "line 10\"");
        MarkedFinding alsoAbove = warningOn(text, "line 20\"");
        MarkedFinding onScreen = warningOn(text, "line 1005\"");
        MarkedFinding alsoOnScreen = warningOn(text, "line 1030\"");
        MarkedFinding below = warningOn(text, "line 1900\"");
        MarkedFinding alsoBelow = warningOn(text, "line 1950\"");
        List<StyleRun> shown = runs(text);
        List<StyleRun> wanted = runs(text, above, alsoAbove, onScreen, alsoOnScreen, below, alsoBelow);

        List<StyleDelta> deltas = StyleChanges.between(shown, wanted, NONE_FROM, NONE_TO, screenFrom, screenTo);

        // lines on screen between two stretches are never rebuilt; lines off screen may be
        assertThat(deltas).extracting(StyleDelta::from)
                .containsExactly(above.start(), onScreen.start(), alsoOnScreen.start(), below.start());
        assertThat(deltas.get(0).from() + deltas.get(0).length()).isEqualTo(alsoAbove.end());
        assertThat(deltas.get(3).from() + deltas.get(3).length()).isEqualTo(alsoBelow.end());
        assertThat(applied(perCharacter(shown), deltas)).isEqualTo(perCharacter(wanted));
    }

    @Test
    void stretchesCloserThanALineAreRestyledTogether() {
        String line = "RUN echo one two three four five\n";
        MarkedFinding first = warningOn(line, "one");
        MarkedFinding second = warningOn(line, "five");

        List<StyleDelta> deltas = StyleChanges.between(runs(line), runs(line, first, second), NONE_FROM, NONE_TO);

        assertThat(deltas).hasSize(1);
        assertThat(deltas.get(0).from()).isEqualTo(first.start());
        assertThat(deltas.get(0).length()).isEqualTo(second.end() - first.start());
    }

    @Test
    void nothingChangedMeansNothingToRestyle() {
        List<StyleRun> same = runs(text);

        assertThat(StyleChanges.between(same, same, NONE_FROM, NONE_TO)).isEmpty();
        assertThat(StyleChanges.between(same, same, 5, 6)).hasSize(1)
                .allSatisfy(delta -> assertThat(delta.from()).isLessThanOrEqualTo(5));
    }
}
