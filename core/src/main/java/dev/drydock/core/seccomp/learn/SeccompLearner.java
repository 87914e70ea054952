package dev.drydock.core.seccomp.learn;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.seccomp.syscalls.SyscallTable;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;

import java.util.List;
import java.util.Optional;

/**
 * Learns the system calls a workload makes: runs it, contained, under a profile that logs every call not yet
 * allowed, reads the kernel's records, allows what was seen and runs again until a run shows nothing new (see
 * {@link LearningLoop}). Every container it creates is removed before it returns, also on cancel or failure.
 */
public final class SeccompLearner {

    /**
     * @param maxRuns     the most learning runs (the kernel's log rate limit shows only some calls per run)
     * @param helperImage an image with {@code dmesg} for reading the kernel log when the workload's image has none
     */
    public record Options(int maxRuns, Optional<String> helperImage) {
        public static Options defaults() {
            return new Options(LearningLoop.DEFAULT_MAX_RUNS, Optional.empty());
        }

        public Options withHelperImage(String image) {
            return new Options(maxRuns, Optional.ofNullable(image));
        }

        public Options withMaxRuns(int runs) {
            return new Options(runs, helperImage);
        }
    }

    private final DockerDaemon daemon;

    public SeccompLearner(DockerDaemon daemon) {
        this.daemon = daemon;
    }

    public LearningResult learn(Workload workload, Options options, ProgressListener progress,
            CancellationToken cancel) {
        SyscallTable table = NativeArchitecture.of(daemon);
        List<String> architectures = List.of(table.seccompArchitecture());
        List<String> runtime = RuntimeSyscalls.on(table);
        try (LearnLabel containers = new LearnLabel(daemon)) {
            ProfileRunner runner = new DaemonProfileRunner(daemon, containers, workload, options.helperImage());
            LearningLoop.Result found = new LearningLoop(runner, options.maxRuns())
                    .learn(names -> LearningProfiles.logging(names, architectures), runtime, progress, cancel);
            return new LearningResult(LearningProfiles.enforcing(found.allowed(), architectures),
                    List.copyOf(found.allowed()), runtime, found.runs(), found.converged(), found.unknown());
        }
    }
}
