package dev.drydock.app.gui.findings;

import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The fix preview dialog: side by side first, unified on demand, Apply or Cancel. */
@ExtendWith(ApplicationExtension.class)
class FixPreviewDialogRobotTest {

    private static final String TEXT = "FROM alpine:3.20\nCMD [\"sh\"]\n";
    private static final FixPreview PREVIEW = FixPreview.ofFix("Dockerfile", TEXT,
            Fix.of("Add USER app", Fix.Safety.NEEDS_REVIEW, TEXT, List.of(TextEdit.insert(TEXT.indexOf("CMD"), "USER app\n"))));

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private Future<Optional<Boolean>> open(FixPreview preview) {
        Future<Optional<Boolean>> answer = WaitForAsyncUtils.asyncFx(() -> {
            FixPreviewDialog dialog = new FixPreviewDialog(preview, "Apply fix");
            dialog.initOwner(owner);
            return dialog.showAndWait();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void showsTheChangeSideBySideAndApplyAnswersYes(FxRobot robot) throws Exception {
        Future<Optional<Boolean>> answer = open(PREVIEW);

        @SuppressWarnings("unchecked")
        TableView<SideBySideRow> rows = robot.lookup("#fix-preview-side-by-side-table").queryAs(TableView.class);
        assertThat(rows.isVisible()).isTrue();
        assertThat(rows.getItems()).extracting(SideBySideRow::change)
                .containsExactly(LineChange.UNCHANGED, LineChange.INSERTED, LineChange.UNCHANGED);
        assertThat(robot.lookup(".table-row-cell.diff-inserted").tryQuery()).isPresent();

        robot.clickOn("#fix-preview-apply");

        assertThat(answer.get(5, TimeUnit.SECONDS)).contains(true);
    }

    @Test
    void theUnifiedViewShowsTheDiffAndCancelAnswersNo(FxRobot robot) throws Exception {
        Future<Optional<Boolean>> answer = open(PREVIEW);

        robot.clickOn("#fix-preview-unified");

        @SuppressWarnings("unchecked")
        ListView<String> unified = robot.lookup("#fix-preview-unified-diff").queryAs(ListView.class);
        assertThat(unified.isVisible()).isTrue();
        assertThat(robot.lookup("#fix-preview-side-by-side-table").query().isVisible()).isFalse();
        assertThat(unified.getItems()).contains("+USER app", "--- a/Dockerfile");

        robot.clickOn("Cancel");

        assertThat(answer.get(5, TimeUnit.SECONDS)).contains(false);
    }

    @Test
    void aPreviewWithoutChangesCannotBeApplied(FxRobot robot) throws Exception {
        Future<Optional<Boolean>> answer = open(FixPreview.ofTexts("Export hardened Dockerfile", "Dockerfile", TEXT, TEXT));

        assertThat(robot.lookup("#fix-preview-apply").queryButton().isDisabled()).isTrue();
        robot.clickOn("Cancel");
        assertThat(answer.get(5, TimeUnit.SECONDS)).contains(false);
    }
}
