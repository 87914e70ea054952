package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.Rows;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.ImageSummary;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewModelTest {

    static DaemonInfo info() {
        return new DaemonInfo("20.10.24", "1.41", "1.12", "1.41", "Debian GNU/Linux 12", "linux", "6.1.0", "x86_64",
                "overlay2", "json-file", "systemd", "2", List.of("name=seccomp,profile=default", "name=cgroupns"),
                List.of("runc", "io.containerd.runc.v2"), "runc", false, 3, 2, 1, 0, 1, "build-box", 8, 16_000_000_000L,
                "/var/lib/docker");
    }

    private final ObservableList<ContainerSummary> containers = FXCollections.observableArrayList();
    private final ObservableList<ImageSummary> images = FXCollections.observableArrayList();
    private final OverviewViewModel model = new OverviewViewModel(containers, images);

    private String fact(String label) {
        return model.sectionsProperty().get().stream().flatMap(s -> s.facts().stream())
                .filter(f -> f.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void showsTheDaemonsFactsInWords() {
        model.showDaemon(info());
        assertThat(model.sectionsProperty().get()).extracting(FactSection::title)
                .containsExactly("Contents", "Engine", "Host", "Drivers", "Security");
        assertThat(fact("Seccomp")).isEqualTo("enabled (profile default)");
        assertThat(fact("AppArmor")).isEqualTo("not enabled");
        assertThat(fact("Cgroup driver")).isEqualTo("systemd (cgroup v2)");
        assertThat(fact("Runtimes")).isEqualTo("runc (default), io.containerd.runc.v2");
        assertThat(fact("Memory")).isEqualTo("16.0 GB");
    }

    @Test
    void countsFollowTheLiveLists() {
        model.showDaemon(info());
        containers.setAll(Rows.container("a", "web", "running"), Rows.container("b", "db", "exited"));
        images.setAll(Rows.image("sha256:1", null, 10));
        assertThat(fact("Containers")).isEqualTo("2 (1 running, 0 paused, 1 stopped)");
        assertThat(fact("Images")).isEqualTo("1 (1 dangling)");
    }

    @Test
    void nothingToShowWhileDisconnected() {
        model.showDaemon(info());
        model.showDaemon(null);
        assertThat(model.sectionsProperty().get()).isEmpty();
    }
}
