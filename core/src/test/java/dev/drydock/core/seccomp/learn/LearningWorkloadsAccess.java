package dev.drydock.core.seccomp.learn;

import dev.drydock.core.daemon.DockerDaemon;

/** The shared learning workloads for tests of other packages. */
public final class LearningWorkloadsAccess {

    private LearningWorkloadsAccess() {
    }

    public static Workload shellLoop() {
        return LearningWorkloads.shellLoop();
    }

    public static LearningResult learnedShellLoop(DockerDaemon daemon) {
        return LearningWorkloads.learnedShellLoop(daemon);
    }
}
