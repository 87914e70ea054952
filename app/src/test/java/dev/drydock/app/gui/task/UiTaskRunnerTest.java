package dev.drydock.app.gui.task;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.task.CancelledException;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class UiTaskRunnerTest {

    /** Runs queued work only when the test says so, like a UI thread between pulses. */
    static final class ManualThread implements UiThread {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        int runAll() {
            int count = 0;
            while (!queue.isEmpty()) {
                queue.poll().run();
                count++;
            }
            return count;
        }
    }

    @Test
    void deliversTheResultOnTheUiThreadAndListsTheTaskWhileItRuns() {
        ManualThread worker = new ManualThread();
        ManualThread ui = new ManualThread();
        UiTaskRunner runner = new UiTaskRunner(worker, ui);
        AtomicReference<String> result = new AtomicReference<>();

        RunningTask task = runner.submit(UiTask.of("Counting", (token, progress) -> "42").onSuccess(result::set));
        ui.runAll();
        assertThat(runner.visibleTasks()).containsExactly(task);

        worker.runAll();
        assertThat(result.get()).as("not before the UI thread ran").isNull();
        ui.runAll();
        assertThat(result.get()).isEqualTo("42");
        assertThat(runner.visibleTasks()).isEmpty();
        assertThat(task.runningProperty().get()).isFalse();
    }

    @Test
    void quietTasksStayOutOfTheTaskArea() {
        UiTaskRunner runner = UiTaskRunner.sameThread();
        List<Integer> sizes = new ArrayList<>();
        runner.submit(UiTask.of("Inspecting", (token, progress) -> {
            sizes.add(runner.visibleTasks().size());
            return 1;
        }).quiet());
        assertThat(sizes).containsExactly(0);
    }

    @Test
    void failuresGoToTheTasksHandlerOrElseTheDefaultOne() {
        UiTaskRunner runner = UiTaskRunner.sameThread();
        List<Throwable> defaults = new ArrayList<>();
        List<Throwable> own = new ArrayList<>();
        runner.setDefaultErrorHandler(defaults::add);
        DaemonAccessException down = new DaemonAccessException(DaemonAccessException.Problem.DAEMON_DOWN, "down", "start it");

        runner.submit(UiTask.of("A", (token, progress) -> { throw down; }));
        runner.submit(UiTask.of("B", (token, progress) -> { throw down; }).onFailure(own::add));

        assertThat(defaults).containsExactly(down);
        assertThat(own).containsExactly(down);
    }

    @Test
    void cancellingStopsTheWorkAndReportsCancelledNotFailed() {
        ManualThread worker = new ManualThread();
        UiTaskRunner runner = new UiTaskRunner(worker, UiThread.sameThread());
        List<String> outcome = new ArrayList<>();
        runner.setDefaultErrorHandler(error -> outcome.add("failed"));

        RunningTask task = runner.submit(UiTask.of("Long", (token, progress) -> {
            token.throwIfCancelled();
            return "done";
        }).onSuccess(done -> outcome.add(done)).onCancelled(() -> outcome.add("cancelled")));
        task.cancel();
        worker.runAll();

        assertThat(outcome).containsExactly("cancelled");
        assertThat(runner.visibleTasks()).isEmpty();
    }

    @Test
    void workSubmittedAfterCloseIsReportedCancelledAndNeverRuns() {
        UiTaskRunner runner = new UiTaskRunner(java.util.concurrent.Executors.newSingleThreadExecutor(), UiThread.sameThread());
        List<String> outcome = new ArrayList<>();
        runner.setDefaultErrorHandler(error -> outcome.add("failed"));
        runner.close();

        RunningTask task = runner.submit(UiTask.of("Autosave", (token, progress) -> {
            outcome.add("ran");
            return "done";
        }).onSuccess(outcome::add).onCancelled(() -> outcome.add("cancelled")));

        assertThat(outcome).containsExactly("cancelled");
        assertThat(task.runningProperty().get()).isFalse();
        assertThat(runner.visibleTasks()).isEmpty();
    }

    @Test
    void workThatThrowsCancelledIsReportedAsCancelled() {
        UiTaskRunner runner = UiTaskRunner.sameThread();
        List<String> outcome = new ArrayList<>();
        runner.setDefaultErrorHandler(error -> outcome.add("failed"));
        runner.submit(UiTask.of("Long", (token, progress) -> { throw new CancelledException(); })
                .onCancelled(() -> outcome.add("cancelled")));
        assertThat(outcome).containsExactly("cancelled");
    }

    @Test
    void aBurstOfProgressReportsBecomesOneUiUpdateWithTheLatest() {
        ManualThread worker = new ManualThread();
        ManualThread ui = new ManualThread();
        UiTaskRunner runner = new UiTaskRunner(worker, ui);
        RunningTask task = runner.submit(UiTask.of("Reading layers", (token, progress) -> {
            for (int i = 1; i <= 100; i++) {
                progress.progress("layer " + i, i, 200);
            }
            return null;
        }));
        ui.runAll();
        worker.runAll();

        assertThat(ui.queue).hasSize(2); // one progress update + the result
        ui.queue.poll().run();
        assertThat(task.messageProperty().get()).isEqualTo("layer 100");
        assertThat(task.progressProperty().get()).isEqualTo(0.5);
    }
}
