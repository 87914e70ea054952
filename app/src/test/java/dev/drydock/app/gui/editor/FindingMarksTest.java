package dev.drydock.app.gui.editor;

import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FindingMarksTest {

    private static final String TEXT = "FROM node:latest\nRUN curl x | bash\nEXPOSE 80\n";
    private final Fix pin = Fix.of("Pin the tag", Fix.Safety.SAFE, TEXT, List.of(TextEdit.replace(10, 16, "20")));
    private final Finding latest = Findings.on(TEXT, "latest", "DD001", Severity.WARNING, pin);
    private final Finding pipe = Findings.on(TEXT, "curl x | bash", "DD010", Severity.WARNING);
    private final Finding pipeError = Findings.on(TEXT, "| bash", "DD011", Severity.ERROR);
    private final Finding expose = Findings.on(TEXT, "80", "DD020", Severity.STYLE);

    private FindingMarks marks(Finding... findings) {
        FindingMarks marks = new FindingMarks();
        marks.set(List.of(findings));
        return marks;
    }

    @Test
    void eachLineGetsItsMostSeriousSeverityAndABulbWhenAnyFindingThereHasFixes() {
        Map<Integer, GutterMark> gutter = marks(latest, pipe, pipeError, expose).gutter(new LineIndex(TEXT));

        assertThat(gutter).containsExactlyInAnyOrderEntriesOf(Map.of(
                0, new GutterMark(Severity.WARNING, true),
                1, new GutterMark(Severity.ERROR, false),
                2, new GutterMark(Severity.STYLE, false)));
    }

    @Test
    void theCaretTouchingARangeFindsItMostSeriousFirstIncludingJustAfterItsEnd() {
        FindingMarks marks = marks(latest, pipe, pipeError, expose);
        LineIndex lines = new LineIndex(TEXT);

        assertThat(marks.findingsAt(TEXT.indexOf("| bash") + 2, lines)).containsExactly(pipeError, pipe);
        assertThat(marks.findingsAt(TEXT.indexOf("latest") + 6, lines)).containsExactly(latest);
    }

    @Test
    void elsewhereOnALineTheCaretFindsTheFindingsOfThatLine() {
        assertThat(marks(latest, expose).findingsAt(2, new LineIndex(TEXT))).containsExactly(latest);
        assertThat(marks(latest).findingsAt(TEXT.indexOf("RUN"), new LineIndex(TEXT))).isEmpty();
    }

    @Test
    void typingBeforeARangeMovesItAndTypingInsideWidensIt() {
        FindingMarks marks = marks(latest, expose);
        marks.shift(0, 0, 3);
        assertThat(marks.all()).extracting(MarkedFinding::start, MarkedFinding::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(13, 19),
                        org.assertj.core.groups.Tuple.tuple(TEXT.indexOf("80") + 3, TEXT.indexOf("80") + 5));
        assertThat(marks.isCurrent()).isFalse();

        marks.shift(15, 0, 2);
        assertThat(marks.all().get(0)).extracting(MarkedFinding::start, MarkedFinding::end).containsExactly(13, 21);
    }

    @Test
    void typingRightAfterARangeLeavesItAndDeletingItLeavesAnEmptyRangeWhereItWas() {
        FindingMarks marks = marks(latest);
        marks.shift(16, 0, 1);
        assertThat(marks.all().get(0)).extracting(MarkedFinding::start, MarkedFinding::end).containsExactly(10, 16);

        marks.shift(8, 10, 0);
        assertThat(marks.all().get(0)).extracting(MarkedFinding::start, MarkedFinding::end).containsExactly(8, 8);
    }

    @Test
    void hoverFindsOnlyRangesHoldingTheCharacter() {
        FindingMarks marks = marks(latest, pipe);

        assertThat(marks.findingsCovering(TEXT.indexOf("latest"))).containsExactly(latest);
        assertThat(marks.findingsCovering(TEXT.indexOf("latest") + 6)).isEmpty();
    }
}
