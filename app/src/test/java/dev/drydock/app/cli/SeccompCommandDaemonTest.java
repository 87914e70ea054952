package dev.drydock.app.cli;

import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.app.seccomp.CommandWords;
import dev.drydock.core.seccomp.learn.LearnLabel;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": {@code seccomp learn} then {@code seccomp verify} on the busybox test image give a
 * profile that {@code docker run --security-opt seccomp=FILE} accepts, under which the workload runs and
 * {@code unshare}/{@code mount} inside are denied; no container of the learning or verification remains.
 */
@DaemonTest
class SeccompCommandDaemonTest {

    /** Reads and writes files, sleeps, and talks to itself over a loopback socket; about a second. */
    private static final String WORKLOAD = "sh -c 'for i in 1 2; do cat /etc/passwd > /dev/null; echo \"line $i\" > /tmp/out;"
            + " cat /tmp/out; sleep 0.1; done; (nc -l -p 7777 > /tmp/got; sleep 0.2) &"
            + " until grep -q \":1E61 [0-9A-F]*:0000 0A\" /proc/net/tcp /proc/net/tcp6; do sleep 0.05; done;"
            + " echo hello | nc 127.0.0.1 7777; wait; cat /tmp/got; echo done'";

    private final TestContainers containers = new TestContainers();

    @AfterEach
    void cleanUp() {
        containers.close();
    }

    @Test
    void learnThenVerifyGivesAProfileDockerRunAcceptsAndThatDeniesUnshareAndMount(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path profile = dir.resolve("profile.json");
        String image = TestImages.busybox().reference();
        String host = TestDocker.endpoint().uri();

        CliRun learn = CliRun.of("seccomp", "learn", image, "--cmd", WORKLOAD, "--duration", "20s", "-o",
                profile.toString(), "-H", host);

        assertThat(learn.exitCode()).as(learn.err()).isEqualTo(ExitCodes.OK);
        assertThat(learn.err()).contains("drydock: run 1 (exit status 0", "converged after", "wrote the profile")
                .doesNotContain("Exception");
        assertThat(Files.readString(profile)).contains("\"defaultAction\": \"SCMP_ACT_ERRNO\"", "\"socket\"");

        CliRun verify = CliRun.of("seccomp", "verify", image, "--profile", profile.toString(), "--cmd", WORKLOAD,
                "--duration", "20s", "-H", host);

        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCodes.OK);
        assertThat(verify.out()).contains("The daemon accepted the profile", "printed the same as without it",
                "It made no system call the profile denies.", "unshare  denied", "Not probed: ptrace", "Result: passed");
        assertThat(leftovers()).isEmpty();

        String json = Files.readString(profile, StandardCharsets.UTF_8);
        String id = containers.create(TestImages.busybox(), cmd -> cmd.withCmd("sh", "-c", CommandWords.split(WORKLOAD).get(2)
                        + "; busybox unshare -U busybox true; echo unshare=$?; mkdir -p /tmp/m;"
                        + " busybox mount -t tmpfs x /tmp/m; echo mount=$?; grep -c ' /tmp/m ' /proc/mounts")
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withSecurityOpts(List.of("seccomp=" + json))));
        TestDocker.client().startContainerCmd(id).exec();
        TestDocker.client().waitContainerCmd(id).start().awaitStatusCode(30, TimeUnit.SECONDS);
        String logs = logs(id);

        assertThat(logs).contains("line 1", "hello", "done", "Operation not permitted", "unshare=1", "mount=1")
                .contains("\n0\n");
    }

    private static List<String> leftovers() {
        return TestDocker.client().listContainersCmd().withShowAll(true).exec().stream()
                .filter(c -> c.getLabels() != null && c.getLabels().containsKey(LearnLabel.KEY)).map(c -> c.getId()).toList();
    }

    private static String logs(String id) throws InterruptedException {
        StringBuilder text = new StringBuilder();
        TestDocker.client().logContainerCmd(id).withStdOut(true).withStdErr(true)
                .exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<com.github.dockerjava.api.model.Frame>() {
                    @Override
                    public void onNext(com.github.dockerjava.api.model.Frame frame) {
                        text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                    }
                }).awaitCompletion(30, TimeUnit.SECONDS);
        return text.toString();
    }
}
