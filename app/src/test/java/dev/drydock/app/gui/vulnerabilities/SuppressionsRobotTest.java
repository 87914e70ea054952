package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.scan.ScannedImage;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Vulnerabilities tab's "Suppressions…" control driven by a robot: files picked through a scripted chooser
 * (an ignore file and an OpenVEX document written from the fixture's real ids) suppress their vulnerabilities,
 * the details say why, Remove brings a vulnerability back, and a broken file is refused with a message.
 */
@ExtendWith(ApplicationExtension.class)
class SuppressionsRobotTest {

    @TempDir
    static Path folder;

    static ScannedImage image;
    static Path database;

    private final List<Path> toPick = new CopyOnWriteArrayList<>();
    private final List<List<Path>> remembered = new CopyOnWriteArrayList<>();
    private UiTaskRunner runner;
    private VulnerabilitiesViewModel model;

    @BeforeAll
    static void scanAndImport() throws Exception {
        image = VulnerableImage.scanned(folder);
        database = VulnerableImage.database(folder.resolve("vulnerabilities.db"));
    }

    @Start
    void start(Stage stage) {
        runner = UiTaskRunner.forFx();
        SuppressionFiles files = new SuppressionFiles(runner, remembered::add);
        files.useChooser(() -> List.copyOf(toPick));
        VulnerabilityDatabaseService service = new VulnerabilityDatabaseService(database);
        service.useSuppressions(files);
        model = new VulnerabilitiesViewModel(runner, service, () -> VulnerableImage.IMPORTED);
        Scene scene = new Scene(new VBox(new VulnerabilitiesPane(model).node()), 1200, 800);
        scene.getStylesheets().addAll(Stylesheet.urls());
        stage.setScene(scene);
        stage.show();
        model.match(image);
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void pickedFilesSuppressTheirVulnerabilitiesTheDetailsSayWhyAndRemoveBringsOneBack(FxRobot robot) throws Exception {
        Path ignore = Files.writeString(folder.resolve(".trivyignore"), "CVE-2021-44228 # log4j: JNDI lookups disabled\n");
        Path vex = Files.writeString(folder.resolve("lodash.openvex.json"), """
                {
                  "@context": "https://openvex.dev/ns/v0.2.0",
                  "@id": "https://example.org/vex/lodash",
                  "author": "Shop security team",
                  "timestamp": "2026-01-05T10:00:00Z",
                  "statements": [ {
                    "vulnerability": { "name": "GHSA-p6mc-m468-83gw", "aliases": [ "CVE-2020-8203" ] },
                    "products": [ { "@id": "pkg:npm/lodash" } ],
                    "status": "not_affected",
                    "justification": "vulnerable_code_not_present"
                  } ]
                }
                """);
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> model.stateProperty().get() == VulnerabilitiesViewModel.State.DONE));
        assertThat(text(robot, "#vuln-suppressions-summary")).startsWith("No suppressions");
        toPick.addAll(List.of(ignore, vex));

        robot.clickOn("#vuln-suppressions");
        robot.clickOn("#vuln-suppressions-add");

        await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#vuln-suppressions-summary")
                .equals("2 suppression files active: 2 vulnerabilities suppressed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#vuln-suppression-files .vuln-suppression-path").queryAllAs(Label.class)
                .stream().map(Label::getText).toList()))
                .containsExactly(ignore.toAbsolutePath().toString(), vex.toAbsolutePath().toString());
        assertThat(remembered).last().isEqualTo(List.of(ignore.toAbsolutePath(), vex.toAbsolutePath()));

        robot.clickOn(cell(robot, "CVE-2021-44228"));
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> robot.lookup("#vuln-details-suppression").tryQuery().isPresent()));
        assertThat(text(robot, "#vuln-details-suppression")).isEqualTo(ignore.toAbsolutePath() + " line 1: CVE-2021-44228");
        robot.clickOn(cell(robot, "CVE-2020-8203"));
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#vuln-details-suppression").contains("not_affected"));

        robot.clickOn(robot.lookup(".vuln-suppression-remove").<Node>query()); // the ignore file

        await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#vuln-suppressions-summary")
                .equals("1 suppression file active: 1 vulnerability suppressed"));
        assertThat(fx(() -> model.table().allRows().stream().filter(VulnerabilityRow::suppressed).map(VulnerabilityRow::id).toList()))
                .containsExactly("CVE-2020-8203");
        assertThat(remembered).last().isEqualTo(List.of(vex.toAbsolutePath()));
    }

    @Test
    void aBrokenVexDocumentIsRefusedWithAMessage(FxRobot robot) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.openvex.json"), "{ \"statements\": [ ");
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> model.stateProperty().get() == VulnerabilitiesViewModel.State.DONE));
        toPick.add(broken);

        robot.clickOn("#vuln-suppressions");
        robot.clickOn("#vuln-suppressions-add");

        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> robot.lookup("#vuln-suppressions-problem").query().isVisible()));
        assertThat(text(robot, "#vuln-suppressions-problem")).startsWith(broken.toAbsolutePath() + " is not valid JSON")
                .contains("OpenVEX").doesNotContain("Exception");
        assertThat(text(robot, "#vuln-suppressions-summary")).startsWith("No suppressions");
        assertThat(fx(() -> robot.lookup("#vuln-suppression-files").query().isVisible())).isFalse();
        assertThat(remembered).isEmpty();
    }

    private static Node cell(FxRobot robot, String text) {
        return fx(() -> robot.lookup((Node node) -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText()))
                .query());
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> ((Label) robot.lookup(query).query()).getText());
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
