package dev.drydock.core.seccomp.learn;

import dev.drydock.core.testing.TestImages;

import java.time.Duration;
import java.util.List;

/** The busybox workloads the daemon tests learn: short, deterministic, and touching files, /tmp, sleep and a socket. */
final class LearningWorkloads {

    /** Reads files, writes to /tmp, sleeps, serves and reads a socket with nc on loopback
     * (the client connects once the server listens on port 7777 = 0x1E61, seen in /proc/net/tcp or tcp6 with the
     * same grep and sleep the loop uses, so no connection is ever refused; the server lingers so that the
     * shell's wait always waits: output and system calls are the same in every run, also on a busy machine);
     * exits in about a second. */
    static final String SHELL_LOOP = "for i in 1 2 3; do cat /etc/passwd > /dev/null; echo \"line $i\" > /tmp/out;"
            + " cat /tmp/out; sleep 0.1; done; (nc -l -p 7777 > /tmp/got; sleep 0.2) &"
            + " until grep -q ':1E61 [0-9A-F]*:0000 0A' /proc/net/tcp /proc/net/tcp6; do sleep 0.05; done;"
            + " echo hello | nc 127.0.0.1 7777; wait; cat /tmp/got; echo done";

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
