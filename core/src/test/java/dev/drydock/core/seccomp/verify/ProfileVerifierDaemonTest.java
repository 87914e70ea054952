package dev.drydock.core.seccomp.verify;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.seccomp.learn.LearnLabel;
import dev.drydock.core.seccomp.learn.LearningResult;
import dev.drydock.core.seccomp.learn.LearningWorkloadsAccess;
import dev.drydock.core.seccomp.learn.SeccompLearner;
import dev.drydock.core.seccomp.learn.Workload;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallRule;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifying the learned busybox profile, a truncated one and one the daemon refuses, on the real daemon. */
@DaemonTest
class ProfileVerifierDaemonTest {

    private static DockerDaemon daemon;
    private static LearningResult learned;

    @BeforeAll
    static void learn() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
        learned = LearningWorkloadsAccess.learnedShellLoop(daemon);
    }

    @AfterAll
    static void disconnect() {
        daemon.close();
    }

    @AfterEach
    void noContainerIsLeft() {
        assertThat(daemon.listContainers()).noneMatch(c -> c.labels().containsKey(LearnLabel.KEY));
    }

    private static VerificationReport verify(SeccompProfile profile) {
        Workload workload = LearningWorkloadsAccess.shellLoop();
        return new ProfileVerifier(daemon).verify(workload, profile, SeccompLearner.Options.defaults(),
                ProgressListener.none(), CancellationToken.none());
    }

    @Test
    void theLearnedProfilePassesAndEveryProbeIsDeniedWithEperm() {
        VerificationReport report = verify(learned.profile());

        assertThat(report.accepted()).isTrue();
        assertThat(report.differences()).isEmpty();
        assertThat(report.missingSyscalls()).isEmpty();
        assertThat(report.missingComplete()).isTrue();
        assertThat(report.enforced().output()).containsSubsequence("line 1", "hello", "done");
        assertThat(report.probes()).extracting(ProbeResult::probe).containsExactly(SyscallProbe.values());
        // the probe containers get the identity calls too, so busybox mount gets past its "must be root" check
        assertThat(report.probes()).allSatisfy(probe -> {
            assertThat(probe.verdict()).as("%s: %s", probe.probe(), probe.output()).isEqualTo(ProbeResult.Verdict.DENIED);
            // EPERM, in busybox's words: strerror's, or mount's own "permission denied (are you root?)"
            assertThat(String.join("\n", probe.output())).containsAnyOf("Operation not permitted", "permission denied");
        });
        assertThat(report.notProbed()).anyMatch(line -> line.startsWith("ptrace"));
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aTruncatedProfileFailsAndNamesTheMissingCalls() {
        // not write: the runtime needs it to start the container (the daemon would refuse to start it at all)
        List<String> removed = new ArrayList<>(List.of("socket"));
        learned.syscalls().stream().filter(name -> name.equals("nanosleep") || name.equals("clock_nanosleep"))
                .forEach(removed::add);
        List<String> kept = learned.syscalls().stream().filter(name -> !removed.contains(name)).toList();
        SeccompProfile truncated = learned.profile().withSyscalls(List.of(SyscallRule.of("SCMP_ACT_ALLOW", kept)));

        VerificationReport report = verify(truncated);

        assertThat(removed).hasSize(2);
        assertThat(report.passed()).isFalse();
        assertThat(report.accepted()).isTrue();
        assertThat(report.differences()).isNotEmpty();
        assertThat(report.missingSyscalls()).containsAll(removed);
    }

    @Test
    void aProfileWithoutWhatTheRuntimeNeedsCannotStartTheContainer() {
        List<String> kept = learned.syscalls().stream().filter(name -> !name.equals("write")).toList();

        VerificationReport report = verify(learned.profile().withSyscalls(List.of(SyscallRule.of("SCMP_ACT_ALLOW", kept))));

        assertThat(report.accepted()).isFalse();
        assertThat(report.passed()).isFalse();
        assertThat(report.refusal()).contains("OCI runtime", "may deny a call the runtime makes at start");
    }

    @Test
    void aProfileTheDaemonRefusesFailsWithTheDaemonsWords() {
        SeccompProfile bogus = learned.profile().withDefaultAction("SCMP_ACT_BOGUS", null);

        VerificationReport report = verify(bogus);

        assertThat(report.accepted()).isFalse();
        assertThat(report.passed()).isFalse();
        assertThat(report.refusal()).isNotBlank();
    }
}
