package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.ContainerChange;
import dev.drydock.core.daemon.ContainerDetails;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.drydock.core.daemon.ContainerChange.Kind.ADDED;
import static dev.drydock.core.daemon.ContainerChange.Kind.CHANGED;
import static dev.drydock.core.daemon.ContainerChange.Kind.DELETED;
import static org.assertj.core.api.Assertions.assertThat;

/** How {@code docker diff} entries reduce to the directories that get a tmpfs. */
class WritablePathObserverTest {

    private final WritablePathObserver observer = new WritablePathObserver();
    private final ContainerDetails plain = ContainerFixture.plain().build();

    private static List<ContainerChange> diff(Object... pathsAndKinds) {
        List<ContainerChange> changes = new ArrayList<>();
        for (int i = 0; i < pathsAndKinds.length; i += 2) {
            changes.add(new ContainerChange((String) pathsAndKinds[i], (ContainerChange.Kind) pathsAndKinds[i + 1]));
        }
        return changes;
    }

    @Test
    void aFileWrittenInAnImageDirectoryGivesThatDirectory() {
        WritablePathObservation seen = observer.observe(plain, diff("/var", CHANGED, "/var/cache", CHANGED,
                "/var/cache/nginx", CHANGED, "/var/cache/nginx/x", ADDED));

        assertThat(seen.directories()).containsExactly("/tmp", "/var/cache/nginx");
        assertThat(seen.paths().get(1).reasoning())
                .isEqualTo("/var/cache/nginx: seen written by the running container: /var/cache/nginx/x.");
    }

    @Test
    void aTreeTheContainerCreatedIsCoveredAtItsTop() {
        WritablePathObservation seen = observer.observe(plain, diff("/var", CHANGED, "/var/lib", CHANGED,
                "/var/lib/app", ADDED, "/var/lib/app/db", ADDED, "/var/lib/app/db/a", ADDED, "/var/lib/app/log", ADDED));

        assertThat(seen.directories()).containsExactly("/tmp", "/var/lib/app");
        assertThat(seen.paths().get(1).seenWritten()).containsExactly("/var/lib/app/db/a", "/var/lib/app/log");
        assertThat(seen.paths().get(1).hidesImageFiles()).isFalse();
    }

    @Test
    void tmpIsAlwaysThereAndFoldsWhatIsWrittenBelowIt() {
        assertThat(observer.observe(plain, List.of()).directories()).containsExactly("/tmp");
        assertThat(observer.observe(plain, List.of()).paths().get(0).reasoning()).contains("commonly write");

        WritablePathObservation seen = observer.observe(plain, diff("/tmp", CHANGED, "/tmp/a", CHANGED,
                "/tmp/a/b", ADDED, "/tmp/c", ADDED));
        assertThat(seen.directories()).containsExactly("/tmp");
        assertThat(seen.paths().get(0).seenWritten()).containsExactly("/tmp/a/b", "/tmp/c");
    }

    @Test
    void directoriesUnderAChosenOneAreFoldedIntoIt() {
        WritablePathObservation seen = observer.observe(plain, diff("/run", CHANGED, "/run/app.pid", ADDED,
                "/run/lock", CHANGED, "/run/lock/x", ADDED, "/run-other", CHANGED, "/run-other/y", ADDED));

        assertThat(seen.directories()).containsExactly("/run", "/run-other", "/tmp");
        assertThat(seen.paths().get(0).seenWritten()).containsExactly("/run/app.pid", "/run/lock/x");
    }

    @Test
    void whatDockerManagesAndWhatIsMountedIsIgnored() {
        ContainerDetails withVolume = ContainerFixture.plain().bind("/srv/data", "/data", true).build();

        WritablePathObservation seen = observer.observe(withVolume, diff("/etc", CHANGED, "/etc/hosts", CHANGED,
                "/etc/resolv.conf", CHANGED, "/etc/hostname", CHANGED, "/dev", CHANGED, "/dev/console", ADDED,
                "/proc", CHANGED, "/sys/fs", CHANGED, "/data", ADDED, "/data/file", ADDED, "/.dockerenv", ADDED));

        assertThat(seen.directories()).containsExactly("/tmp");
        assertThat(seen.uncovered()).isEmpty();
    }

    @Test
    void changingOrDeletingImageFilesWarnsThatTheTmpfsHidesThem() {
        WritablePathObservation seen = observer.observe(plain, diff("/etc", CHANGED, "/etc/nginx", CHANGED,
                "/etc/nginx/conf.d", CHANGED, "/etc/nginx/conf.d/default.conf", CHANGED, "/opt", CHANGED,
                "/opt/old.txt", DELETED));

        assertThat(seen.directories()).containsExactly("/etc/nginx/conf.d", "/opt", "/tmp");
        assertThat(seen.paths()).allSatisfy(path -> {
            if (!path.directory().equals("/tmp")) {
                assertThat(path.hidesImageFiles()).isTrue();
                assertThat(path.reasoning()).contains("mount a volume there instead");
            }
        });
    }

    @Test
    void aFileAtTheTopLevelIsReportedAsUncovered() {
        WritablePathObservation seen = observer.observe(plain, diff("/marker", ADDED));

        assertThat(seen.directories()).containsExactly("/tmp");
        assertThat(seen.uncovered()).singleElement().asString().startsWith("/marker:").contains("no tmpfs");
    }

    @Test
    void theAdvisorMountsTheObservedDirectories() {
        WritablePathObservation seen = observer.observe(plain, diff("/var", CHANGED, "/var/cache", CHANGED,
                "/var/cache/nginx", CHANGED, "/var/cache/nginx/x", ADDED));
        HardenedRunConfig config = new HardenedRunAdvisor().advise(plain,
                dev.drydock.core.audit.container.ContainerAudit.standard().audit(plain), seen.directories());

        assertThat(config.settings().tmpfs()).containsExactly("/tmp", "/var/cache/nginx");
        HardenedRunConfig explained = new HardenedRunAdvisor().advise(plain,
                dev.drydock.core.audit.container.ContainerAudit.standard().audit(plain), seen);
        assertThat(explained.settings()).isEqualTo(config.settings());
        assertThat(explained.option(HardeningKind.READ_ONLY_ROOT).orElseThrow().reasoning())
                .contains("/var/cache/nginx: seen written by the running container: /var/cache/nginx/x.")
                .contains("/tmp: a tmpfs because");
    }
}
