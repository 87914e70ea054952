package dev.drydock.core.seccomp.learn;

import dev.drydock.core.testing.TestImages;

import java.time.Duration;
import java.util.List;

/** The busybox workloads the daemon tests learn: short, deterministic, and touching files, /tmp, sleep and a socket. */
final class LearningWorkloads {

    /** Reads files, writes to /tmp, sleeps, serves and reads a socket with nc on loopback
     * (the client retries until the server listens; the server lingers so that the shell's wait always waits:
     * output and system calls are the same in every run);
     * exits in about a second. */
    static final String SHELL_LOOP = "for i in 1 2 3; do cat /etc/passwd > /dev/null; echo \"line $i\" > /tmp/out;"
            + " cat /tmp/out; sleep 0.1; done; (nc -l -p 7777 > /tmp/got; sleep 0.2) &"
            + " until echo hello | nc 127.0.0.1 7777 2>/dev/null; do sleep 0.1; done; wait; cat /tmp/got; echo done";

    private static LearningResult learned;

    private LearningWorkloads() {
    }

    /** The shell loop learned once per JVM (learning takes a minute): the verification tests share it. */
    static synchronized LearningResult learnedShellLoop(dev.drydock.core.daemon.DockerDaemon daemon) {
        if (learned == null) {
            learned = new SeccompLearner(daemon).learn(shellLoop(), SeccompLearner.Options.defaults(),
                    dev.drydock.core.task.ProgressListener.none(), dev.drydock.core.task.CancellationToken.none());
        }
        return learned;
    }

    static Workload shellLoop() {
        return Workload.of(TestImages.busybox().reference()).withCommand(List.of("sh", "-c", SHELL_LOOP))
                .withDuration(Duration.ofSeconds(20));
    }
}
