package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.export.HardenedExportViewModel;
import dev.drydock.app.gui.findings.FindingRow;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.shellcheck.ShellCheck;
import dev.drydock.core.samples.SampleDockerfiles;
import dev.drydock.core.settings.RecoveryStore;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.drydock.app.gui.robot.DockerfilesWindow.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "done when": the bundled classic anti-pattern Dockerfile ({@code FROM node:latest},
 * {@code curl … | bash}, {@code EXPOSE 80}, no USER) reaches zero errors through one-click quick fixes
 * alone, and "Export hardened…" writes it with its change report.
 */
@ExtendWith(ApplicationExtension.class)
class ClassicSampleToZeroErrorsRobotTest {

    @TempDir
    Path dir;

    private final List<String> suggestedNames = new ArrayList<>();
    private DockerfilesWindow window;

    @Start
    void start(Stage stage) {
        window = DockerfilesWindow.show(stage, new RecoveryStore(dir.resolve("recovery")),
                DockerfilesWindow.choosers(Optional.empty(), dir, suggestedNames));
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static List<FindingRow> errors(List<FindingRow> rows) {
        return rows.stream().filter(row -> row.severity() == Severity.ERROR).toList();
    }

    @Test
    void oneClickFixesTakeTheClassicSampleToZeroErrorsAndItExports(FxRobot robot) throws IOException {
        window.goToDockerfiles(robot);
        robot.clickOn(window.lookup(robot, "#samples-menu").queryAs(javafx.scene.Node.class));
        robot.clickOn("#sample-classic-anti-patterns");
        WaitForAsyncUtils.waitForFxEvents();
        String sample = SampleDockerfiles.byId("classic-anti-patterns").orElseThrow().text();
        assertThat(window.editorText(robot)).isEqualTo(sample);

        List<FindingRow> rows = window.awaitRows(found -> !found.isEmpty());
        assertThat(errors(rows)).as("the sample shows errors to fix").isNotEmpty();
        List<String> clicked = new ArrayList<>();
        for (int round = 0; round < 10 && !errors(rows).isEmpty(); round++) {
            FindingRow error = errors(rows).get(0);
            Finding finding = error.finding();
            assertThat(finding.fixes()).as("error %s (%s) has a one-click fix", error.id(), error.message()).isNotEmpty();
            Fix fix = finding.fixes().get(0);
            String before = window.editorText(robot);

            // The user's two ways to open the menu, taking turns: Alt+Enter and Ctrl+1.
            window.openQuickFixesFrom(robot, error, round % 2 == 0
                    ? new KeyCode[] {KeyCode.ALT, KeyCode.ENTER} : new KeyCode[] {KeyCode.CONTROL, KeyCode.DIGIT1});
            DockerfilesWindow.clickQuickFix(robot, fix.title() + (fix.safety() == Fix.Safety.NEEDS_REVIEW ? "  (needs review)" : ""));
            clicked.add(error.id() + ": " + fix.title());

            assertThat(window.editorText(robot)).isEqualTo(new FixApplier().apply(before, fix));
            rows = window.awaitRows(found -> found.stream().noneMatch(row -> row.finding().equals(finding)));
        }
        assertThat(clicked).as("fixes clicked").hasSizeGreaterThanOrEqualTo(2);
        assertThat(errors(rows)).isEmpty();
        String fixed = window.editorText(robot);
        assertThat(lintWithShellCheck(fixed)).as("no error, ShellCheck included").noneMatch(f -> f.severity() == Severity.ERROR);

        robot.clickOn(window.lookup(robot, "#dockerfile-export").queryButton());
        await().atMost(DockerfilesWindow.PATIENCE).until(() -> robot.lookup("#export-diff").tryQuery()
                .map(node -> !fx(((TextArea) node)::getText).isEmpty()).orElse(false));
        robot.clickOn("#export-hardened");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(suggestedNames).hasSize(1);
        Path exported = dir.resolve(suggestedNames.get(0));
        Path report = HardenedExportViewModel.reportPathFor(exported);
        await().atMost(DockerfilesWindow.PATIENCE).until(() -> Files.exists(exported) && Files.exists(report));
        await().atMost(DockerfilesWindow.PATIENCE).until(() -> robot.lookup("#hardened-export").tryQuery().isEmpty());
        String hardened = Files.readString(exported);
        assertThat(hardened).contains("COPY . /app").doesNotContain("sk_live_");
        assertThat(lintWithShellCheck(hardened)).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(Files.readString(report)).isNotBlank();
    }

    /** The findings of {@code text} as the page's full check sees them (ShellCheck too, when installed). */
    private static List<Finding> lintWithShellCheck(String text) {
        DockerfileLinter linter = DockerfileLinter.standard();
        Optional<ShellCheck> shellCheck = ShellCheck.onPath();
        if (shellCheck.isPresent()) {
            linter = linter.withShellCheck(shellCheck.get());
        }
        return linter.lint("Dockerfile", text, LintConfig.defaults()).findings();
    }
}
