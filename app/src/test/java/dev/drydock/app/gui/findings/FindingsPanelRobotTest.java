package dev.drydock.app.gui.findings;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.core.findings.Finding;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static dev.drydock.app.gui.findings.SampleFindings.MAINTAINER;
import static dev.drydock.app.gui.findings.SampleFindings.RELATIVE_WORKDIR;
import static dev.drydock.app.gui.findings.SampleFindings.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/** The findings panel and the explanation pane, driven by a robot over the sample findings. */
@ExtendWith(ApplicationExtension.class)
class FindingsPanelRobotTest {

    private final FindingsViewModel model = FindingsViewModel.forLinter(SampleFindings.LINTER);
    private final RuleExplanationViewModel explanations = RuleExplanationViewModel.forLinter(SampleFindings.LINTER);
    private final List<Finding> revealed = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        model.setFindings(TEXT, SampleFindings.handMade());
        model.setOnReveal(revealed::add);
        model.selectedFindingProperty().addListener((obs, old, now) -> explanations.show(now));
        SplitPane split = new SplitPane(new FindingsPanel(model).node(), new RuleExplanationPane(explanations).node());
        split.setDividerPositions(0.62);
        Scene scene = new Scene(split, 1200, 520);
        scene.getStylesheets().addAll(Stylesheet.urls());
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<FindingRow> table(FxRobot robot) {
        return robot.lookup("#findings-table").queryAs(TableView.class);
    }

    private String toggleText(FxRobot robot, String severity) {
        return robot.lookup("#findings-toggle-" + severity).queryAs(ToggleButton.class).getText();
    }

    @Test
    void showsEveryFindingAndTheCountsPerSeverity(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(7);
        assertThat(toggleText(robot, "error")).isEqualTo("2 errors");
        assertThat(toggleText(robot, "warning")).isEqualTo("3 warnings");
        assertThat(toggleText(robot, "info")).isEqualTo("1 info");
        assertThat(toggleText(robot, "style")).isEqualTo("1 style");
        assertThat(robot.lookup("DD3007 (DL3007)").tryQuery()).isPresent();
        assertThat(robot.lookup("4:1").tryQuery()).as("line and column of MAINTAINER").isPresent();
    }

    @Test
    void clickingASeverityToggleHidesAndShowsItsFindings(FxRobot robot) {
        robot.clickOn("#findings-toggle-warning");

        assertThat(table(robot).getItems()).extracting(FindingRow::severity).doesNotContain(dev.drydock.core.findings.Severity.WARNING);
        assertThat(table(robot).getItems()).hasSize(4);
        assertThat(robot.lookup("#findings-count").queryAs(Label.class).getText()).isEqualTo("4 of 7 shown");
        assertThat(toggleText(robot, "warning")).as("the toggle still counts them").isEqualTo("3 warnings");

        robot.clickOn("#findings-toggle-warning");
        assertThat(table(robot).getItems()).hasSize(7);
    }

    @Test
    void typingInTheSearchFieldFiltersAndAnEmptyResultSaysSo(FxRobot robot) {
        robot.clickOn("#findings-search").write("zzz");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#findings-placeholder").queryAs(Label.class).getText()).isEqualTo("The filters hide all 7 findings.");
    }

    @Test
    void aCleanFileSaysSo(FxRobot robot) {
        robot.interact(() -> model.setFindings(TEXT, List.of()));

        Label placeholder = robot.lookup("#findings-placeholder").queryAs(Label.class);
        assertThat(placeholder.getText()).isEqualTo("No findings — clean!");
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(toggleText(robot, "error")).isEqualTo("0 errors");
    }

    @Test
    void clickingARowSelectsItsFindingRevealsItAndExplainsItsRule(FxRobot robot) {
        robot.clickOn(MAINTAINER.message());

        assertThat(model.selectedFindingProperty().get()).isEqualTo(MAINTAINER);
        assertThat(revealed).containsExactly(MAINTAINER);
        assertThat(robot.lookup("#rule-title").queryAs(Label.class).getText()).isEqualTo("MAINTAINER is deprecated");
        assertThat(robot.lookup("#rule-summary").queryAs(Label.class).getText()).isEqualTo("DD4000  ·  error  ·  Maintainability");
        assertThat(robot.lookup("#rule-references .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Hadolint: DL4000");
        assertThat(documentText(robot)).contains("LABEL org.opencontainers.image.authors");
    }

    @Test
    void theExplanationListsCisAndNistReferences(FxRobot robot) {
        String text = "FROM alpine:3.20\nUSER root\n";
        Finding root = SampleFindings.lint(text).stream().filter(f -> f.ruleId().equals("DD3002")).findFirst().orElseThrow();
        robot.interact(() -> model.setFindings(text, List.of(root)));

        robot.clickOn(root.message());

        assertThat(robot.lookup("#rule-references .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Hadolint: DL3002", "CIS Docker Benchmark v1.6.0: 4.1", "NIST SP 800-190: 4.1.2");
        assertThat(robot.lookup(".md-code-block").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(code -> code.contains("USER root"));
    }

    @Test
    void theCaretInTheEditorSelectsTheRowWithoutRevealingIt(FxRobot robot) {
        robot.interact(() -> model.selectAt(TEXT.indexOf("WORKDIR app") + 9));

        assertThat(table(robot).getSelectionModel().getSelectedItem().finding()).isEqualTo(RELATIVE_WORKDIR);
        assertThat(revealed).isEmpty();
        assertThat(robot.lookup("#rule-title").queryAs(Label.class).getText()).isEqualTo("Use an absolute WORKDIR");
    }

    @Test
    void theTableRowStaysSelectedAcrossAReLint(FxRobot robot) {
        robot.clickOn(RELATIVE_WORKDIR.message());

        robot.interact(() -> model.setFindings(TEXT, SampleFindings.handMade()));

        assertThat(table(robot).getSelectionModel().getSelectedItem().finding()).isEqualTo(RELATIVE_WORKDIR);
    }

    private static String documentText(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        robot.lookup("#rule-document .md-text").queryAllAs(Text.class).forEach(node -> text.append(node.getText()));
        robot.lookup("#rule-document .md-code-block").queryAllAs(Label.class).forEach(node -> text.append(node.getText()));
        return text.toString();
    }
}
