package dev.drydock.app.gui.seccomp;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.seccomp.learn.LearningResult;
import dev.drydock.core.seccomp.learn.SeccompLearner;
import dev.drydock.core.seccomp.learn.Workload;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.verify.ProfileVerifier;
import dev.drydock.core.seccomp.verify.VerificationReport;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;

import java.util.function.Supplier;

/** The learning and verification runs, on the connected daemon (tests may answer without one). Blocking. */
public interface SeccompRuns {

    LearningResult learn(Workload workload, SeccompLearner.Options options, ProgressListener progress,
                         CancellationToken cancellation);

    VerificationReport verify(Workload workload, SeccompProfile profile, SeccompLearner.Options options,
                              ProgressListener progress, CancellationToken cancellation);

    /** Runs on the daemon of the moment (asked on the worker thread, so a lost connection is reported in words). */
    static SeccompRuns onDaemon(Supplier<DockerDaemon> daemon) {
        return new SeccompRuns() {
            @Override
            public LearningResult learn(Workload workload, SeccompLearner.Options options, ProgressListener progress,
                                        CancellationToken cancellation) {
                return new SeccompLearner(daemon.get()).learn(workload, options, progress, cancellation);
            }

            @Override
            public VerificationReport verify(Workload workload, SeccompProfile profile, SeccompLearner.Options options,
                                             ProgressListener progress, CancellationToken cancellation) {
                return new ProfileVerifier(daemon.get()).verify(workload, profile, options, progress, cancellation);
            }
        };
    }
}
