package dev.drydock.core.seccomp.templates;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The templates against the real daemon. The baseline is meant to behave like the daemon's built-in
 * default profile: a script of probes (everyday calls, namespaces, mounts, personality with its argument
 * rule, scheduling, swap…) gives the same result under both, with Docker's default capabilities and with
 * SYS_ADMIN added (which switches on the profile's capability-conditional rules). The strict template
 * runs a shell workload and denies the namespace, mount and chroot probes even with SYS_ADMIN.
 */
@DaemonTest
class SeccompTemplatesDaemonTest {

    /** Each probe prints {@code name:exit status}; busybox applets make the system calls. */
    static final String PROBES = String.join("\n",
            "p() { name=$1; shift; \"$@\" >/dev/null 2>&1; echo \"$name:$?\"; }",
            "p ls ls /",
            "p write sh -c 'echo x > /tmp/f && cat /tmp/f'",
            "p unshare-user unshare -U true",
            "p unshare-mount unshare -m true",
            "p unshare-net unshare -n true",
            "p mount mount -t tmpfs none /mnt",
            "p chroot chroot / true",
            "p linux32 linux32 true",
            "p linux64 linux64 true",
            "p ionice ionice -c 3 true",
            "p swapon swapon /dev/null",
            "p adjtimex adjtimex",
            "p fallocate fallocate -l 1024 /tmp/g",
            "p nsenter nsenter -t 1 -m true",
            "p setpriv setpriv --nnp true",
            "p mknod mknod /tmp/n p",
            "p sethostname hostname probe");

    private final String runLabel = "seccomp-templates-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> created = new ArrayList<>();
    private DockerDaemon daemon;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
    }

    @AfterEach
    void removeAndDisconnect() {
        created.forEach(id -> daemon.removeContainer(id, true));
        daemon.close();
    }

    @Test
    void theBaselineBehavesLikeTheDaemonsDefaultProfile() {
        for (List<String> caps : List.of(List.<String>of(), List.of("SYS_ADMIN"))) {
            Map<String, String> daemonDefault = probe(List.of(), caps);
            Map<String, String> baseline = probe(List.of("seccomp=" + SeccompTemplates.text("baseline.json")), caps);

            assertThat(baseline).as("with capabilities added: " + caps).isEqualTo(daemonDefault);
            assertThat(baseline).containsEntry("ls", "0").containsEntry("write", "0").containsEntry("linux64", "0");
            assertThat(baseline.get("unshare-mount")).isEqualTo(caps.isEmpty() ? "1" : "0");
        }
    }

    @Test
    void theStrictTemplateRunsAShellButDeniesNamespacesMountsAndChrootEvenWithSysAdmin() {
        Map<String, String> strict = probe(List.of("seccomp=" + SeccompTemplates.text("strict.json")), List.of("SYS_ADMIN"));

        assertThat(strict).containsEntry("ls", "0").containsEntry("write", "0");
        for (String denied : List.of("unshare-user", "unshare-mount", "unshare-net", "mount", "chroot", "nsenter",
                "swapon", "sethostname")) {
            assertThat(strict.get(denied)).as(denied).isNotEqualTo("0");
        }
    }

    /** Runs the probes in a fresh container with these security options and added capabilities. */
    private Map<String, String> probe(List<String> securityOpt, List<String> capAdd) {
        String id = daemon.createContainer(ContainerSpec.builder(TestImages.busybox().reference())
                .cmd("sh", "-c", PROBES).networkMode("none").securityOpt(securityOpt).capAdd(capAdd)
                .label(TestImages.RUN_LABEL, runLabel).build());
        created.add(id);
        daemon.startContainer(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> !daemon.inspectContainer(id).state().running());
        ContainerDetails done = daemon.inspectContainer(id);
        assertThat(done.state().exitCode()).as(done.state().error()).isZero();
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : daemon.containerLogTail(id, 100)) {
            int colon = line.lastIndexOf(':');
            if (colon > 0) {
                results.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        assertThat(results).as("every probe reported").hasSize(PROBES.split("\n").length - 1);
        return results;
    }
}
