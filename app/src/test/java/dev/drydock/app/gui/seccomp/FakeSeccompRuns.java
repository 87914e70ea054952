package dev.drydock.app.gui.seccomp;

import dev.drydock.core.seccomp.learn.LearningException;
import dev.drydock.core.seccomp.learn.LearningResult;
import dev.drydock.core.seccomp.learn.LearningRun;
import dev.drydock.core.seccomp.learn.SeccompLearner;
import dev.drydock.core.seccomp.learn.Workload;
import dev.drydock.core.seccomp.learn.WorkloadOutcome;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.templates.SeccompTemplates;
import dev.drydock.core.seccomp.verify.ProbeResult;
import dev.drydock.core.seccomp.verify.SyscallProbe;
import dev.drydock.core.seccomp.verify.VerificationReport;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Learning and verification without a daemon, for view-model and robot tests: a fixed two-run result (the strict
 * template as profile), a passing report, or the failure it was told to throw. Records what it was asked.
 */
final class FakeSeccompRuns implements SeccompRuns {

    static final WorkloadOutcome HI = new WorkloadOutcome(0, false, List.of("hi"), List.of());

    final List<Workload> learned = new ArrayList<>();
    final List<SeccompProfile> verified = new ArrayList<>();
    RuntimeException failure;
    boolean converged = true;

    @Override
    public LearningResult learn(Workload workload, SeccompLearner.Options options, ProgressListener progress,
                                CancellationToken cancellation) {
        learned.add(workload);
        if (failure != null) {
            throw failure;
        }
        progress.progress("run 1", 1, options.maxRuns());
        List<LearningRun> runs = List.of(new LearningRun(1, List.of("openat", "read", "write"), List.of(), 5, HI),
                new LearningRun(2, converged ? List.of() : List.of("close"), List.of(), 0, HI));
        return new LearningResult(SeccompTemplates.strict(), List.of("openat", "read", "write"), List.of("execve"),
                runs, converged, List.of());
    }

    @Override
    public VerificationReport verify(Workload workload, SeccompProfile profile, SeccompLearner.Options options,
                                     ProgressListener progress, CancellationToken cancellation) {
        verified.add(profile);
        if (failure != null) {
            throw failure;
        }
        return new VerificationReport(true, "", HI, HI, List.of(), List.of(), true,
                List.of(new ProbeResult(SyscallProbe.MOUNT, ProbeResult.Verdict.DENIED, workload.image(), 1,
                        List.of("mount: permission denied"))), SyscallProbe.NOT_PROBED);
    }

    static LearningException noDmesg() {
        return new LearningException("The kernel log could not be read: scratch-app has no working dmesg.",
                "Name an image that has one (e.g. a static busybox) with --helper-image.");
    }
}
