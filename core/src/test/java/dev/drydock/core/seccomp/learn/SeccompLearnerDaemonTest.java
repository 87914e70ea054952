package dev.drydock.core.seccomp.learn;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Learning a busybox workload on the real daemon, under the kernel's default log rate limits. */
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
        List<String> progress = new java.util.ArrayList<>();
        LearningResult result = new SeccompLearner(daemon).learn(LearningWorkloads.shellLoop(),
                SeccompLearner.Options.defaults(), (message, done, total) -> progress.add(message),
                CancellationToken.none());

        result.runs().forEach(run -> System.out.println("run " + run.number() + ": " + run.records() + " records, new "
                + run.newSyscalls() + " " + run.unknownCalls()));
        assertThat(result.converged()).as("converged within %d runs", result.runs().size()).isTrue();
        assertThat(result.runs().get(result.runs().size() - 1).nothingNew()).isTrue();
        assertThat(result.syscalls()).contains("execve", "read", "write", "socket", "bind", "listen", "connect")
                .isSorted();
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
        assertThat(progress).isNotEmpty();
        assertThat(learnContainers()).isEmpty();
    }

    static List<String> learnContainers() {
        return daemon.listContainers().stream().filter(c -> c.labels().containsKey(LearnLabel.KEY))
                .map(c -> c.id()).toList();
    }
}
