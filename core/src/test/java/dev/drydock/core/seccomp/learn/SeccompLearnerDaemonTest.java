package dev.drydock.core.seccomp.learn;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Learning a busybox workload on the real daemon, under the kernel's default log rate limits (nothing is
 * changed on the host): it converges, the profile is the expected shape, and no container is left behind after
 * success, failure or cancel.
 */
@DaemonTest
class SeccompLearnerDaemonTest {

    private static DockerDaemon daemon;

    @BeforeAll
    static void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
    }

    @AfterAll
    static void disconnect() {
        daemon.close();
    }

    @Test
    void learnsTheShellLoopUntilARunShowsNothingNewAndLeavesNoContainer() {
        LearningResult result = LearningWorkloads.learnedShellLoop(daemon);

        assertThat(result.converged()).as("converged within %d runs: %s", result.runs().size(), result.runs()).isTrue();
        assertThat(result.runs()).hasSizeGreaterThan(1);
        assertThat(result.runs().get(result.runs().size() - 1).nothingNew()).isTrue();
        assertThat(result.runs().get(0).newSyscalls()).isNotEmpty();
        assertThat(result.syscalls()).contains("execve", "read", "write", "socket", "bind", "listen", "accept",
                "connect", "wait4").containsAll(result.runtimeSyscalls()).isSorted();
        assertThat(result.lastOutcome().exitCode()).isZero();
        assertThat(result.lastOutcome().output()).containsSubsequence("line 1", "line 3", "hello", "done");
        SeccompProfile profile = result.profile();
        assertThat(profile.defaultAction()).isEqualTo("SCMP_ACT_ERRNO");
        assertThat(profile.defaultErrnoRet()).isEqualTo(1L);
        assertThat(profile.architectures()).containsExactly("SCMP_ARCH_X86_64");
        assertThat(profile.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.action()).isEqualTo("SCMP_ACT_ALLOW");
            assertThat(rule.names()).isEqualTo(result.syscalls());
        });
        assertThat(learnContainers()).isEmpty();
    }

    @Test
    void aScriptRunWithDockerExecIsLearnedStepByStep() {
        Workload script = Workload.of(TestImages.busybox().reference()).withDuration(Duration.ofSeconds(20))
                .withScript(List.of("echo first > /tmp/a && cat /tmp/a", "ls /bin/sh", "exit 3"));

        LearningResult result = new SeccompLearner(daemon).learn(script, SeccompLearner.Options.defaults(),
                ProgressListener.none(), CancellationToken.none());

        assertThat(result.converged()).isTrue();
        assertThat(result.lastOutcome().steps()).extracting(WorkloadOutcome.ScriptStep::exitCode).containsExactly(0, 0, 3);
        assertThat(result.lastOutcome().steps().get(0).output()).containsExactly("first");
        assertThat(result.syscalls()).contains("execve", "write", "openat");
        assertThat(learnContainers()).isEmpty();
    }

    @Test
    void aWorkloadStillRunningWhenTheDurationIsUpIsKilled() {
        Workload endless = Workload.of(TestImages.busybox().reference()).withCommand(List.of("sleep", "600"))
                .withDuration(Duration.ofSeconds(2));

        LearningResult result = new SeccompLearner(daemon).learn(endless, SeccompLearner.Options.defaults().withMaxRuns(1),
                ProgressListener.none(), CancellationToken.none());

        assertThat(result.runs()).singleElement().satisfies(run -> {
            assertThat(run.outcome().timedOut()).isTrue();
            assertThat(run.outcome().exitCode()).isEqualTo(137);
        });
        assertThat(learnContainers()).isEmpty();
    }

    @Test
    void cancellingDuringARunRemovesEveryContainer() {
        CancellationToken cancel = CancellationToken.create();
        Workload slow = Workload.of(TestImages.busybox().reference()).withCommand(List.of("sleep", "30"))
                .withDuration(Duration.ofSeconds(30));
        Thread canceller = new Thread(() -> {
            awaitLearnContainer();
            cancel.cancel();
        });
        canceller.start();

        assertThatThrownBy(() -> new SeccompLearner(daemon).learn(slow, SeccompLearner.Options.defaults(),
                ProgressListener.none(), cancel)).isInstanceOf(CancelledException.class);
        assertThat(learnContainers()).isEmpty();
    }

    @Test
    void aFailureRemovesEveryContainerToo() {
        // a label of its own: the plain tiny image would share its id with other tests' tiny images
        TestImage cannotRun = TestImages.load(TestImages.tinyArchive(TestImages.uniqueTag("no-shell"))
                .label("variant", "seccomp-learn-cannot-run"));
        Workload broken = Workload.of(cannotRun.reference()).withDuration(Duration.ofSeconds(5));

        assertThatThrownBy(() -> new SeccompLearner(daemon).learn(broken, SeccompLearner.Options.defaults(),
                ProgressListener.none(), CancellationToken.none())).isInstanceOf(DaemonAccessException.class);
        assertThat(learnContainers()).isEmpty();
    }

    @Test
    void anImageWithoutDmesgIsLearnedWithAHelperImageGivenOrBuiltHereFromTheHostsBusybox() {
        TestImage noDmesg = TestImages.load(TestImages.busyboxArchive(TestImages.uniqueTag("no-dmesg"))
                .layer(dev.drydock.core.testing.LayerBuilder.create().whiteout("bin/dmesg"), "RUN rm /bin/dmesg"));
        Workload quick = Workload.of(noDmesg.reference()).withCommand(List.of("true")).withDuration(Duration.ofSeconds(5));

        LearningResult builtHere = new SeccompLearner(daemon).learn(quick, SeccompLearner.Options.defaults(),
                ProgressListener.none(), CancellationToken.none());
        assertThat(builtHere.syscalls()).contains("execve");
        String helper = LocalHelperImage.ensure(daemon).orElseThrow();
        assertThat(helper).startsWith(LocalHelperImage.REPOSITORY + ":");
        assertThat(daemon.inspectImage(helper).labels()).containsKey(LocalHelperImage.LABEL);
        assertThat(learnContainers()).isEmpty();

        LearningResult withHelper = new SeccompLearner(daemon).learn(quick,
                SeccompLearner.Options.defaults().withHelperImage(TestImages.busybox().reference()),
                ProgressListener.none(), CancellationToken.none());
        assertThat(withHelper.syscalls()).contains("execve");
        assertThat(learnContainers()).isEmpty();
    }

    @Test
    void noHelperImageIsBuiltWithoutAStaticBusyboxOnThisMachine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        assertThat(LocalHelperImage.ensure(daemon, dir.resolve("busybox"))).isEmpty();
        java.nio.file.Path dynamic = java.nio.file.Files.copy(java.nio.file.Path.of("/bin/ls"), dir.resolve("ls"));
        assertThat(LocalHelperImage.ensure(daemon, dynamic)).as("a dynamically linked binary").isEmpty();
    }

    private static void awaitLearnContainer() {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (learnContainers().isEmpty() && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static List<String> learnContainers() {
        return daemon.listContainers().stream().filter(c -> c.labels().containsKey(LearnLabel.KEY))
                .filter(c -> TestImages.loadedHere().contains(c.image())).map(c -> c.id()).toList();
    }
}
