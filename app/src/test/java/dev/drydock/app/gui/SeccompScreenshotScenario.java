package dev.drydock.app.gui;

import dev.drydock.app.gui.seccomp.ProfileTemplate;
import dev.drydock.app.gui.seccomp.SeccompEditorViewModel;
import dev.drydock.app.gui.seccomp.SeccompLearningViewModel;
import dev.drydock.app.gui.seccomp.WorkloadKind;
import dev.drydock.core.testing.TestImages;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Opens the real window (1400×900) on the Seccomp page with the strict template, edited to allow
 * {@code keyctl} and {@code mount} and with a misspelt call, so the page shows a problem, the allowed
 * calls by group with risky marks, and (argument {@code diff}) the diff against the baseline: the state
 * of the README's seccomp screenshot. Argument {@code learned} instead learns a profile for a short busybox
 * workload on the daemon (the test image), verifies it, and shows the Learning tab's summary: the README's
 * second seccomp screenshot; {@code dialog} shows the "Learn from a run…" dialog. For manual runs under Xvfb
 * (not a test).
 */
public final class SeccompScreenshotScenario {

    private SeccompScreenshotScenario() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("drydock-seccomp-demo");
        CountDownLatch closed = new CountDownLatch(1);
        DrydockApp.Shown shown = ScreenshotScenario.openWindow(scratch, closed, true, workbench -> { });
        Scene scene = ScreenshotScenario.waitForScene();
        SeccompEditorViewModel model = shown.workbench().seccomp();
        if (args.length > 0 && (args[0].equals("learned") || args[0].equals("dialog"))) {
            if (args[0].equals("learned")) {
                learn(scene, shown.workbench().seccompLearning(), model);
            } else {
                openDialog(scene, shown.workbench().seccompLearning());
            }
            System.out.println("READY");
            closed.await();
            ScreenshotScenario.onFx(() -> {
                shown.workbench().close();
                return null;
            });
            return;
        }
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-seccomp")).fire();
            model.newFromTemplate(ProfileTemplate.STRICT);
            return null;
        });
        ScreenshotScenario.until(() -> !model.analysisProperty().get().allowed().isEmpty());
        ScreenshotScenario.onFx(() -> {
            TextArea editor = (TextArea) scene.lookup("#seccomp-editor");
            int at = editor.getText().indexOf("\"execve\"");
            editor.replaceText(at, at + "\"execve\"".length(), "\"execve\", \"keyctl\", \"mount\", \"clock_nanosleeep\"");
            return null;
        });
        ScreenshotScenario.until(() -> !model.analysisProperty().get().problems().isEmpty());
        ScreenshotScenario.onFx(() -> {
            ListView<?> problems = (ListView<?>) scene.lookup("#seccomp-problems");
            problems.getSelectionModel().select(0);
            if (args.length > 0 && args[0].equals("diff")) {
                ((TabPane) scene.lookup("#seccomp-tabs")).getSelectionModel().select(1);
            }
            return null;
        });
        System.out.println("READY");
        closed.await();
        ScreenshotScenario.onFx(() -> {
            shown.workbench().close();
            return null;
        });
    }

    /** The "Learn from a run…" dialog with a command line filled in (argument {@code dialog}). */
    private static void openDialog(Scene scene, SeccompLearningViewModel learning) throws Exception {
        ScreenshotScenario.until(() -> learning.canLearnProperty().get());
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-seccomp")).fire();
            learning.form().imageProperty().set(TestImages.busybox().reference());
            learning.form().kindProperty().set(WorkloadKind.COMMAND_LINE);
            learning.form().commandLineProperty().set("sh -c 'echo hi; cat /etc/hostname'");
            return null;
        });
        javafx.application.Platform.runLater(() -> ((ButtonBase) scene.lookup("#seccomp-learn")).fire());
        Thread.sleep(1500);
    }

    private static void learn(Scene scene, SeccompLearningViewModel learning, SeccompEditorViewModel model)
            throws Exception {
        String image = TestImages.busybox().reference();
        ScreenshotScenario.until(() -> learning.canLearnProperty().get());
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-seccomp")).fire();
            learning.form().imageProperty().set(image);
            learning.form().kindProperty().set(WorkloadKind.COMMAND_LINE);
            learning.form().commandLineProperty().set("sh -c 'echo hi; cat /etc/hostname; ls / > /tmp/list'");
            learning.form().secondsProperty().set(10);
            learning.learn();
            return null;
        });
        ScreenshotScenario.until(() -> learning.learnedProperty().get() != null || learning.errorProperty().get() != null);
        ScreenshotScenario.until(() -> !model.analysisProperty().get().allowed().isEmpty());
        ScreenshotScenario.onFx(() -> {
            learning.verify();
            return null;
        });
        ScreenshotScenario.until(() -> !learning.runningProperty().get());
    }
}
