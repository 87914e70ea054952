package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.drydock.app.gui.findings.SampleFindings.LATEST;
import static dev.drydock.app.gui.findings.SampleFindings.LOWERCASE_STYLE;
import static dev.drydock.app.gui.findings.SampleFindings.MAINTAINER;
import static dev.drydock.app.gui.findings.SampleFindings.NO_HEALTHCHECK;
import static dev.drydock.app.gui.findings.SampleFindings.NO_USER;
import static dev.drydock.app.gui.findings.SampleFindings.PIPE_TO_BASH;
import static dev.drydock.app.gui.findings.SampleFindings.RELATIVE_WORKDIR;
import static dev.drydock.app.gui.findings.SampleFindings.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/** The findings panel's decisions, without a toolkit: rows, filters, order, counts, selection. */
class FindingsViewModelTest {

    private final FindingsViewModel model = FindingsViewModel.forLinter(SampleFindings.LINTER);

    @BeforeEach
    void showTheSampleFindings() {
        model.setFindings(TEXT, SampleFindings.handMade());
    }

    private List<String> shownIds() {
        return model.rows().stream().map(FindingRow::id).toList();
    }

    @Test
    void rowsCarryTheRuleMetadataAndStartInReadingOrder() {
        assertThat(shownIds()).containsExactly("DD3057", "DD5005", "DD3007", "DD3059", "DD5001", "DD3000", "DD4000");
        FindingRow latest = model.rows().get(2);
        assertThat(latest.alias()).contains("DL3007");
        assertThat(latest.displayId()).isEqualTo("DD3007 (DL3007)");
        assertThat(latest.category()).contains(RuleCategory.SUPPLY_CHAIN);
        assertThat(latest.line()).isEqualTo(1);
        assertThat(latest.column()).isEqualTo(11);
        assertThat(latest.hasFix()).isFalse();
        assertThat(model.rows().get(1).alias()).as("DD5005 has no Hadolint code").isEmpty();
    }

    @Test
    void aFindingWithFixesSaysSo() {
        List<Finding> engineFindings = SampleFindings.lint(TEXT);
        model.setFindings(TEXT, engineFindings);

        FindingRow latest = model.rows().stream().filter(row -> row.id().equals("DD3007")).findFirst().orElseThrow();
        assertThat(latest.hasFix()).isTrue();
    }

    @Test
    void countsAreGivenPerSeverityForAllAndForShownFindings() {
        assertThat(model.allCountsProperty().get()).isEqualTo(new SeverityCounts(2, 3, 1, 1));

        model.searchTextProperty().set("bash");

        assertThat(model.allCountsProperty().get()).isEqualTo(new SeverityCounts(2, 3, 1, 1));
        assertThat(model.shownCountsProperty().get()).isEqualTo(new SeverityCounts(0, 1, 0, 0));
    }

    @Test
    void hidingASeverityHidesItsRows() {
        model.setSeverityShown(Severity.WARNING, false);
        model.setSeverityShown(Severity.INFO, false);

        assertThat(shownIds()).containsExactly("DD3059", "DD3000", "DD4000");
        assertThat(model.isSeverityShown(Severity.WARNING)).isFalse();

        model.setSeverityShown(Severity.WARNING, true);
        assertThat(shownIds()).containsExactly("DD5005", "DD3007", "DD3059", "DD5001", "DD3000", "DD4000");
        model.showAllSeverities();
        assertThat(model.rows()).hasSize(7);
    }

    @Test
    void theCategoryFilterKeepsOneCategory() {
        model.categoryProperty().set(CategoryFilter.only(RuleCategory.SECURITY));
        assertThat(shownIds()).containsExactly("DD5005");

        model.categoryProperty().set(CategoryFilter.ALL);
        assertThat(model.rows()).hasSize(7);
    }

    @Test
    void theSearchMatchesIdAliasAndMessageIgnoringCase() {
        model.searchTextProperty().set("dl3007");
        assertThat(shownIds()).containsExactly("DD3007");

        model.searchTextProperty().set("dd400");
        assertThat(shownIds()).containsExactly("DD4000");

        model.searchTextProperty().set("  WORKDIR   relative ");
        assertThat(shownIds()).containsExactly("DD3000");

        model.searchTextProperty().set("workdir healthcheck");
        assertThat(shownIds()).isEmpty();
    }

    @Test
    void thePlaceholderTellsACleanFileFromFilteredOutFindings() {
        model.searchTextProperty().set("nothing like this");
        assertThat(model.placeholderProperty().get()).isEqualTo("The filters hide all 7 findings.");

        model.setFindings(TEXT, List.of());
        assertThat(model.placeholderProperty().get()).isEqualTo("No findings — clean!");
    }

    @Test
    void rowsSortBySeverityRuleIdOrLine() {
        model.sortProperty().set(FindingSort.SEVERITY);
        assertThat(model.rows()).extracting(FindingRow::severity).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(shownIds()).containsExactly("DD3000", "DD4000", "DD5005", "DD3007", "DD5001", "DD3057", "DD3059");

        model.sortProperty().set(FindingSort.RULE_ID);
        assertThat(shownIds()).containsExactly("DD3000", "DD3007", "DD3057", "DD3059", "DD4000", "DD5001", "DD5005");

        model.sortProperty().set(FindingSort.LINE);
        assertThat(model.rows()).extracting(FindingRow::line).containsExactly(1, 1, 1, 2, 2, 3, 4);
    }

    @Test
    void aTableComparatorWinsOverTheChosenOrder() {
        model.sortProperty().set(FindingSort.RULE_ID);
        Comparator<FindingRow> byMessageLength = Comparator.comparingInt(row -> row.message().length());
        model.tableComparatorProperty().set(byMessageLength);

        assertThat(model.rows()).isSortedAccordingTo(byMessageLength);

        model.tableComparatorProperty().set(null);
        assertThat(shownIds()).startsWith("DD3000", "DD3007");
    }

    @Test
    void theCaretSelectsTheNarrowestFindingItTouches() {
        model.selectAt(TEXT.indexOf("latest") + 2);

        assertThat(model.selectedFindingProperty().get()).isEqualTo(LATEST);
    }

    @Test
    void theCaretAtTheEndOfARangeStillTouchesIt() {
        model.selectAt(TEXT.indexOf("MAINTAINER me") + "MAINTAINER me".length());

        assertThat(model.selectedFindingProperty().get()).isEqualTo(MAINTAINER);
    }

    @Test
    void aCaretBesideAllRangesSelectsTheNearestOnItsLineTheMoreSeriousOnATie() {
        model.selectAt(TEXT.indexOf("RUN curl") + 1);
        assertThat(model.selectedFindingProperty().get()).as("the pipe and the style remark start at curl").isEqualTo(PIPE_TO_BASH);

        model.selectAt(TEXT.indexOf("WORKDIR") + 2);
        assertThat(model.selectedFindingProperty().get()).isEqualTo(RELATIVE_WORKDIR);
    }

    @Test
    void aCaretOnALineWithoutFindingsClearsTheSelection() {
        model.selectAt(TEXT.indexOf("latest"));
        model.selectAt(TEXT.length());

        assertThat(model.selectedFindingProperty().get()).isNull();
        assertThat(model.selectedRowProperty().get()).isNull();
    }

    @Test
    void withoutTheTextOnlyFindingsUnderTheCaretAreSelected() {
        model.setFindings(SampleFindings.handMade());

        model.selectAt(TEXT.indexOf("RUN curl") + 1);
        assertThat(model.selectedFindingProperty().get()).isNull();
        model.selectAt(TEXT.indexOf("WORKDIR app") + 9);
        assertThat(model.selectedFindingProperty().get()).isEqualTo(RELATIVE_WORKDIR);
    }

    @Test
    void pickingARowRevealsItsFindingOnceAndTheCaretJumpDoesNotChangeTheSelection() {
        List<Finding> revealed = new ArrayList<>();
        model.setOnReveal(revealed::add);
        FindingRow noUser = model.rows().stream().filter(row -> row.finding().equals(NO_USER)).findFirst().orElseThrow();

        model.reveal(noUser);
        // The editor moves its caret to the start of the range, where the healthcheck and latest findings also are.
        model.selectAt(NO_USER.textRange().orElseThrow().startOffset());

        assertThat(revealed).containsExactly(NO_USER);
        assertThat(model.selectedFindingProperty().get()).isEqualTo(NO_USER);
    }

    @Test
    void followingTheCaretNeverRevealsAFinding() {
        List<Finding> revealed = new ArrayList<>();
        model.setOnReveal(revealed::add);

        model.selectAt(TEXT.indexOf("latest"));
        model.selectAt(TEXT.indexOf("WORKDIR"));

        assertThat(model.selectedFindingProperty().get()).isEqualTo(RELATIVE_WORKDIR);
        assertThat(revealed).isEmpty();
    }

    @Test
    void hidingTheSelectedRowClearsTheSelection() {
        model.selectAt(TEXT.indexOf("MAINTAINER"));
        assertThat(model.selectedFindingProperty().get()).isEqualTo(MAINTAINER);

        model.setSeverityShown(Severity.ERROR, false);

        assertThat(model.selectedFindingProperty().get()).isNull();
        model.selectAt(TEXT.indexOf("MAINTAINER"));
        assertThat(model.selectedFindingProperty().get()).as("hidden rows are not selected").isNull();
    }

    @Test
    void theSelectionSurvivesAReLintAfterTypingOnItsLine() {
        model.setFindings(TEXT, SampleFindings.lint(TEXT));
        model.selectAt(TEXT.indexOf("WORKDIR app") + 9);
        assertThat(model.selectedRowProperty().get().id()).isEqualTo("DD3000");

        // Typing before the range moves it; the engine reports the same rule and message on the same line.
        String edited = TEXT.replace("WORKDIR app", "WORKDIR   app");
        model.setFindings(edited, SampleFindings.lint(edited));

        FindingRow selected = model.selectedRowProperty().get();
        assertThat(selected.id()).isEqualTo("DD3000");
        assertThat(selected.column()).isEqualTo(11);
        assertThat(model.selectedFindingProperty().get()).isEqualTo(selected.finding());
        assertThat(model.rows()).contains(selected);
    }

    @Test
    void theSelectionSurvivesAReLintThatMovedItsOnlyFindingOfThatRuleAndMessage() {
        model.setFindings(TEXT, SampleFindings.lint(TEXT));
        model.selectAt(TEXT.indexOf("WORKDIR app") + 9);

        String edited = "# a comment\n" + TEXT;
        model.setFindings(edited, SampleFindings.lint(edited));

        assertThat(model.selectedRowProperty().get().id()).isEqualTo("DD3000");
        assertThat(model.selectedRowProperty().get().line()).isEqualTo(4);
    }

    @Test
    void theSelectionSurvivesAReLintThatKeepsTheFindingInPlace() {
        model.selectAt(TEXT.indexOf("latest") + 1);
        List<Finding> relinted = new ArrayList<>(SampleFindings.handMade());
        relinted.remove(NO_HEALTHCHECK);

        model.setFindings(TEXT, relinted);

        assertThat(model.selectedFindingProperty().get()).isEqualTo(LATEST);
    }

    @Test
    void theSelectionIsClearedWhenTheFindingIsGone() {
        model.selectAt(TEXT.indexOf("curl"));
        assertThat(model.selectedFindingProperty().get()).isEqualTo(LOWERCASE_STYLE);

        model.setFindings(TEXT, List.of(LATEST, MAINTAINER));

        assertThat(model.selectedFindingProperty().get()).isNull();
    }

    @Test
    void selectingARowNotShownSelectsNothing() {
        model.searchTextProperty().set("MAINTAINER");
        FindingRow latest = FindingRow.of(LATEST, SampleFindings.LINTER.metadata("DD3007"));

        model.select(latest);

        assertThat(model.selectedRowProperty().get()).isNull();
    }
}
