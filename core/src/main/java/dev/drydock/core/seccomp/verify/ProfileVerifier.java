package dev.drydock.core.seccomp.verify;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.seccomp.learn.DaemonProfileRunner;
import dev.drydock.core.seccomp.learn.LearnLabel;
import dev.drydock.core.seccomp.learn.LearningLoop;
import dev.drydock.core.seccomp.learn.LearningProfiles;
import dev.drydock.core.seccomp.learn.ProfileRun;
import dev.drydock.core.seccomp.learn.SeccompLearner;
import dev.drydock.core.seccomp.learn.Workload;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;

import java.util.List;
import java.util.Set;

/**
 * Proves a profile on the real daemon: (1) the daemon accepts it and the workload runs under it enforcing;
 * (2) the workload runs again with the profile logging instead of denying — as it would without it — which is
 * the reference its exit status and output are compared with, and whose kernel records name every call the
 * profile lacks (repeated like learning, because the kernel rate-limits its log); (3) the
 * {@link SyscallProbe}s fail with EPERM unless the profile allows their call. Every container is removed before
 * it returns, also on cancel or failure.
 */
public final class ProfileVerifier {

    private final DockerDaemon daemon;

    public ProfileVerifier(DockerDaemon daemon) {
        this.daemon = daemon;
    }

    public VerificationReport verify(Workload workload, SeccompProfile profile, SeccompLearner.Options options,
            ProgressListener progress, CancellationToken cancel) {
        try (LearnLabel containers = new LearnLabel(daemon)) {
            DaemonProfileRunner runner = new DaemonProfileRunner(daemon, containers, workload, options.helperImage());
            progress.progress("Running the workload under the profile", 0, 0);
            ProfileRun enforced;
            try {
                enforced = runner.run(profile, cancel);
            } catch (DaemonAccessException refused) {
                if (refused.connectionLost() || refused.problem() == DaemonAccessException.Problem.NOT_FOUND) {
                    throw refused;
                }
                String hint = refused.getMessage().contains("OCI runtime") ? " The container runtime could not start"
                        + " the workload under the profile: it may deny a call the runtime makes at start (read, write,"
                        + " close, fcntl, execve ...)." : "";
                return VerificationReport.refused(refused.getMessage() + hint);
            }
            progress.progress("Running it with the profile logging instead of denying", 0, 0);
            LearningLoop.Result missing = new LearningLoop(runner, options.maxRuns())
                    .learn(extra -> LearningProfiles.loggingOver(profile, extra), Set.of(), progress, cancel);
            progress.progress("Probing calls the profile should block", 0, 0);
            List<ProbeResult> probes = new SyscallProbes(daemon, containers, workload.image(), options.helperImage())
                    .run(profile, cancel);
            var reference = missing.runs().get(0).outcome();
            return new VerificationReport(true, "", reference, enforced.outcome(),
                    OutcomeComparison.differences(reference, enforced.outcome()), List.copyOf(missing.allowed()),
                    missing.converged(), probes, SyscallProbe.NOT_PROBED);
        }
    }
}
