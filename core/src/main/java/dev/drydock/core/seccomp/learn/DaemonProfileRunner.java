package dev.drydock.core.seccomp.learn;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.task.CancellationToken;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A {@link ProfileRunner} on the real daemon: one contained workload container per run (removed afterwards),
 * then the kernel log read by a helper container, keeping the records of that run ({@link RecordWindow}).
 */
public final class DaemonProfileRunner implements ProfileRunner {

    /** Records are written as the call is made; a little slack for clock rounding. */
    private static final Duration WINDOW_SLACK = Duration.ofSeconds(1);

    private final LearnLabel containers;
    private final WorkloadContainer workload;
    private final KernelLogReader kernelLog;

    public DaemonProfileRunner(DockerDaemon daemon, LearnLabel containers, Workload workload,
            java.util.Optional<String> helperImage) {
        this.containers = containers;
        this.workload = new WorkloadContainer(daemon, containers, workload);
        this.kernelLog = new KernelLogReader(daemon, containers, workload.image(), helperImage);
    }

    @Override
    public ProfileRun run(SeccompProfile profile, CancellationToken cancel) {
        String id = containers.create(workload.spec(profile));
        WorkloadContainer.Finished finished;
        try {
            finished = workload.run(id, cancel);
        } finally {
            containers.remove(id);
        }
        cancel.throwIfCancelled();
        Instant from = finished.details().created().minus(WINDOW_SLACK);
        Instant finishedAt = finished.details().state().finishedAt();
        Instant to = (finishedAt == null || finishedAt.isBefore(from) ? Instant.now() : finishedAt).plus(WINDOW_SLACK);
        List<KernelAuditRecord> records = kernelLog.read(new RecordWindow(from, to, finished.firstPid()));
        return new ProfileRun(finished.outcome(), records);
    }
}
