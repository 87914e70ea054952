package dev.drydock.app.gui.common;

import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DaemonAccessException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DetailsLoaderTest {

    private final List<Runnable> worker = new ArrayList<>();
    private final DetailsLoader<String> loader = new DetailsLoader<>(new UiTaskRunner(worker::add, Runnable::run));

    @Test
    void aResultForAnEarlierSelectionIsDropped() {
        loader.load("first", (token, progress) -> "details of first", false);
        loader.load("second", (token, progress) -> "details of second", false);
        assertThat(loader.loadingProperty().get()).isTrue();

        worker.get(1).run();
        worker.get(0).run();

        assertThat(loader.detailsProperty().get()).isEqualTo("details of second");
        assertThat(loader.loadingProperty().get()).isFalse();
    }

    @Test
    void clearingDropsAResultStillOnItsWay() {
        loader.load("first", (token, progress) -> "details", false);
        loader.clear();
        worker.get(0).run();
        assertThat(loader.detailsProperty().get()).isNull();
    }

    @Test
    void aFailureBecomesAReadableProblem() {
        loader.load("gone", (token, progress) -> {
            throw new DaemonAccessException(DaemonAccessException.Problem.NOT_FOUND, "The container no longer exists.", "");
        }, false);
        worker.get(0).run();
        assertThat(loader.problemProperty().get()).isEqualTo("The container no longer exists.");
        assertThat(loader.detailsProperty().get()).isNull();
    }
}
