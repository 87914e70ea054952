package dev.drydock.core.audit.host;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of daemon file on a host tree: found, judged, and told how to fix. */
class HostFileInspectorTest {

    @TempDir
    Path root;

    HostTree host;

    @BeforeEach
    void hostTree() {
        host = new HostTree(root);
    }

    private HostFileVerdict inspect(String cisSection) {
        HostFileRule rule = HostFileRules.standard().stream().filter(r -> r.cisSection().equals(cisSection))
                .findFirst().orElseThrow();
        return new HostFileInspector(new HostFileLocator(root, Optional.empty())).inspect(rule);
    }

    @Test
    void unitFileOwnedByRootWithMode644Passes() throws IOException {
        host.file("/lib/systemd/system/docker.service", 0644);

        assertThat(inspect("3.1").problems()).isEmpty();
        assertThat(inspect("3.2").problems()).isEmpty();
        assertThat(inspect("3.2").checkedPaths()).containsExactly("/lib/systemd/system/docker.service");
    }

    @Test
    void groupWritableUnitFileIsFoundWithTheChmodThatFixesIt() throws IOException {
        host.file("/etc/systemd/system/docker.service", 0664);

        assertThat(inspect("3.2").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.hostPath()).isEqualTo("/etc/systemd/system/docker.service");
            assertThat(problem.explanation()).contains("mode 664", "write for group", "644 or stricter");
            assertThat(problem.fixCommand()).isEqualTo("chmod 644 /etc/systemd/system/docker.service");
        });
    }

    @Test
    void unitFileOfAnotherOwnerIsFoundWithTheChownThatFixesIt() throws IOException {
        host.file("/usr/lib/systemd/system/docker.socket", 0644)
                .owner("/usr/lib/systemd/system/docker.socket", "" + HostTree.STRANGER, "" + HostTree.STRANGER);

        assertThat(inspect("3.3").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.explanation()).contains("owned by 4242:4242", "CIS expects root:root");
            assertThat(problem.fixCommand()).isEqualTo("chown root:root /usr/lib/systemd/system/docker.socket");
        });
        assertThat(inspect("3.4").problems()).isEmpty();
    }

    @Test
    void theSameUnitReachedThroughALinkedDirectoryIsCheckedOnce() throws IOException {
        host.file("/usr/lib/systemd/system/docker.service", 0644).link("/lib", "usr/lib");

        assertThat(inspect("3.2").checkedPaths()).containsExactly("/lib/systemd/system/docker.service");
    }

    @Test
    void missingFileIsAbsentAndSaysWhatWasLookedFor() {
        HostFileVerdict verdict = inspect("3.22");

        assertThat(verdict.absent()).isTrue();
        assertThat(verdict.absentReason()).isEqualTo("no /etc/sysconfig/docker");
        assertThat(inspect("3.1").absentReason()).contains("docker.service", "/usr/lib/systemd/system");
    }

    @Test
    void etcDockerMayBeStricterThan755ButNotLooser() throws IOException {
        host.directory("/etc/docker", 0700);
        assertThat(inspect("3.6").problems()).isEmpty();

        host.directory("/etc/docker", 0775);
        assertThat(inspect("3.6").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.fixCommand()).isEqualTo("chmod 755 /etc/docker"));
    }

    @Test
    void everyRegistryCertificateIsCheckedAndOnlyTheLooseOneIsFound() throws IOException {
        host.file("/etc/docker/certs.d/registry.local:5000/ca.crt", 0444)
                .file("/etc/docker/certs.d/registry.local:5000/client.key", 0400)
                .file("/etc/docker/certs.d/registry.local:5000/client.cert", 0644);

        HostFileVerdict verdict = inspect("3.8");

        assertThat(verdict.checkedPaths()).hasSize(3);
        assertThat(verdict.problems()).singleElement().satisfies(problem -> assertThat(problem.fixCommand())
                .isEqualTo("chmod 444 /etc/docker/certs.d/registry.local:5000/client.cert"));
    }

    @Test
    void tlsFilesAreThoseOnTheRunningDaemonsCommandLine() throws IOException {
        host.file("/proc/1/comm", 0444, "systemd\n")
                .file("/proc/1/cmdline", 0444, "/sbin/init\0")
                .file("/proc/812/comm", 0444, "dockerd\n")
                .file("/proc/812/cmdline", 0444,
                        "/usr/bin/dockerd\0--tlsverify\0--tlscacert=/etc/docker/tls/ca.pem\0--tlskey\0/etc/docker/tls/key.pem\0")
                .file("/etc/docker/tls/ca.pem", 0444)
                .file("/etc/docker/tls/key.pem", 0600);

        assertThat(inspect("3.10").checkedPaths()).containsExactly("/etc/docker/tls/ca.pem");
        assertThat(inspect("3.10").problems()).isEmpty();
        assertThat(inspect("3.14").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.explanation()).contains("mode 600", "write for owner", "400 or stricter");
            assertThat(problem.fixCommand()).isEqualTo("chmod 400 /etc/docker/tls/key.pem");
        });
        assertThat(inspect("3.12").absentReason()).contains("--tlscert", "daemon.json");
    }

    @Test
    void tlsFilesNamedInDaemonJsonCountWhenTheCommandLineHasNone() throws IOException {
        host.file("/etc/docker/daemon.json", 0644, "{\"tls\": true, \"tlscert\": \"/etc/docker/server.pem\"}")
                .file("/etc/docker/server.pem", 0644);

        assertThat(inspect("3.12").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.fixCommand()).isEqualTo("chmod 444 /etc/docker/server.pem"));
    }

    @Test
    void dockerSocketMustBeRootDockerAndNotOpenToOthers() throws IOException {
        host.file("/var/run/docker.sock", 0666);

        assertThat(inspect("3.15").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.fixCommand()).isEqualTo("chown root:docker /var/run/docker.sock"));
        assertThat(inspect("3.16").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.explanation()).contains("read/write for others");
            assertThat(problem.fixCommand()).isEqualTo("chmod 660 /var/run/docker.sock");
        });
    }

    @Test
    void theSocketTheEndpointNamesIsTheOneChecked() throws IOException {
        host.file("/run/user/docker.sock", 0600);
        HostFileRule rule = HostFileRules.standard().get(15);

        HostFileVerdict verdict = new HostFileInspector(new HostFileLocator(root, Optional.of("/run/user/docker.sock")))
                .inspect(rule);

        assertThat(rule.cisSection()).isEqualTo("3.16");
        assertThat(verdict.checkedPaths()).containsExactly("/run/user/docker.sock");
        assertThat(verdict.problems()).isEmpty();
    }

    @Test
    void containerdSocketIsLookedForWhereDockerStartsIt() throws IOException {
        host.file("/var/run/docker/containerd/containerd.sock", 0660);

        assertThat(inspect("3.24").checkedPaths()).containsExactly("/var/run/docker/containerd/containerd.sock");
        assertThat(inspect("3.24").problems()).isEmpty();
    }
}
