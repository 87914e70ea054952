package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.audit.AuditContainers;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's container audit table, filled from the real daemon: a privileged and a hardened container. */
@DaemonTest
class ContainerAuditsViewModelDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private final ObservableList<ContainerSummary> listed = FXCollections.observableArrayList();
    private final SimpleBooleanProperty connected = new SimpleBooleanProperty(true);
    private DockerDaemon daemon;
    private ContainerAuditsViewModel model;
    private String privileged;
    private String hardened;

    @BeforeEach
    void createContainers() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
        privileged = "drydock-privileged-" + containers.runId();
        hardened = "drydock-hardened-" + containers.runId();
        AuditContainers.privileged(containers, privileged);
        AuditContainers.hardened(containers, hardened);
        listed.setAll(daemon.listContainers().stream()
                .filter(container -> containers.runId().equals(container.labels().get(TestImages.RUN_LABEL))).toList());
        model = new ContainerAuditsViewModel(UiTaskRunner.sameThread(), () -> daemon, listed, connected);
    }

    @AfterEach
    void disconnect() {
        daemon.close();
    }

    private ContainerAuditRow row(String name) {
        return model.rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void auditAllFillsEveryContainersScoreAndCountsAndThePrivilegedOneScoresLower() {
        model.auditAll();

        assertThat(model.stateProperty().get()).isEqualTo(ContainerAuditsViewModel.State.DONE);
        assertThat(model.messageProperty().get()).isEqualTo("Audited 2 containers.");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.rows()).extracting(ContainerAuditRow::name).containsExactlyInAnyOrder(privileged, hardened);
        ContainerAuditRow bad = row(privileged);
        ContainerAuditRow good = row(hardened);
        assertThat(bad.errors()).isPositive();
        assertThat(bad.warnings()).isPositive();
        assertThat(bad.note()).isEmpty();
        assertThat(bad.container().state()).isEqualTo("created");
        assertThat(bad.container().image()).isEqualTo(TestImages.busybox().reference());
        assertThat(good.errors()).isZero();
        assertThat(good.warnings()).isZero();
        assertThat(good.score()).isEqualTo(100);
        assertThat(bad.score()).isBetween(0, 99).isLessThan(good.score());
    }

    @Test
    void openingARowHandsItsContainerToTheOpener() {
        List<ContainerSummary> opened = new ArrayList<>();
        model.useOpener(opened::add);
        model.auditAll();

        model.open(row(privileged));

        assertThat(opened).extracting(ContainerSummary::name).containsExactly(privileged);
    }

    @Test
    void aContainerThatIsGoneIsNotedAndTheOthersAreStillAudited() {
        containers.close(); // removes both; the list still names them
        AuditContainers.hardened(containers, hardened + "-2");
        listed.add(daemon.listContainers().stream().filter(c -> c.name().equals(hardened + "-2")).findFirst().orElseThrow());

        model.auditAll();

        assertThat(model.stateProperty().get()).isEqualTo(ContainerAuditsViewModel.State.DONE);
        assertThat(row(privileged).note()).startsWith("could not audit: ").doesNotContain("Exception");
        assertThat(row(privileged).score()).isEqualTo(-1);
        assertThat(row(hardened + "-2").score()).isEqualTo(100);
    }

    @Test
    void cancelStopsAfterTheContainerBeingAuditedAndMarksTheRestNotAudited() {
        List<Runnable> worker = new ArrayList<>();
        model = new ContainerAuditsViewModel(new UiTaskRunner(worker::add, Runnable::run), () -> daemon, listed, connected);

        model.auditAll();
        assertThat(model.stateProperty().get()).isEqualTo(ContainerAuditsViewModel.State.AUDITING);
        assertThat(model.messageProperty().get()).startsWith("Auditing 1 of 2: ");

        model.cancel();
        worker.forEach(Runnable::run); // the audit under way ends; its result is dropped

        assertThat(model.stateProperty().get()).isEqualTo(ContainerAuditsViewModel.State.CANCELLED);
        assertThat(model.messageProperty().get()).isEqualTo(ContainerAuditsViewModel.CANCELLED_TEXT);
        assertThat(model.rows()).extracting(ContainerAuditRow::note).containsOnly("not audited");
        assertThat(model.rows()).extracting(ContainerAuditRow::score).containsOnly(-1);
    }

    @Test
    void disconnectingClearsTheTableAndOfflineNothingIsAudited() {
        model.auditAll();

        connected.set(false);

        assertThat(model.rows()).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(ContainerAuditsViewModel.State.IDLE);
        model.auditAll();
        assertThat(model.rows()).isEmpty();
    }
}
