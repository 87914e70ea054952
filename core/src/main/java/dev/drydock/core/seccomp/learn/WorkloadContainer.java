package dev.drydock.core.seccomp.learn;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ExecResult;
import dev.drydock.core.seccomp.json.SeccompProfileWriter;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.task.CancellationToken;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Runs a {@link Workload} once, contained, under a seccomp profile given inline: no network unless the workload
 * asks for it, memory and process limits, no mounts, not privileged, Docker's default capabilities adjusted by the
 * workload. Its own command (or the image's) runs until it exits or the duration is up (then it is killed); a
 * script is run step by step with {@code docker exec} against the container kept alive with {@code sleep}.
 */
final class WorkloadContainer {

    /** Every run of a workload gets the same host name, so output that prints it compares equal across runs. */
    static final String HOSTNAME = "drydock-workload";
    private static final Duration SLICE = Duration.ofMillis(500);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final DockerDaemon daemon;
    private final LearnLabel containers;
    private final Workload workload;

    WorkloadContainer(DockerDaemon daemon, LearnLabel containers, Workload workload) {
        this.daemon = daemon;
        this.containers = containers;
        this.workload = workload;
    }

    /**
     * A finished run: what it did, its container as inspected after it stopped, and the host pid of its first
     * process (0 when it ended before that could be read).
     */
    record Finished(WorkloadOutcome outcome, ContainerDetails details, long firstPid) {
    }

    /** The container settings of a run under {@code profile}. */
    ContainerSpec spec(SeccompProfile profile) {
        ContainerSpec.Builder spec = ContainerSpec.builder(workload.image())
                .networkMode(workload.network() ? "" : "none")
                .hostname(HOSTNAME)
                .memoryBytes(workload.memoryBytes()).pidsLimit(workload.pidsLimit())
                .capAdd(workload.capAdd()).capDrop(workload.capDrop())
                .securityOpt(List.of("seccomp=" + SeccompProfileWriter.write(profile)));
        if (workload.isScript()) {
            long keepAlive = workload.duration().toSeconds() + 60;
            spec.entrypoint(List.of("sleep")).cmd(List.of(Long.toString(keepAlive)));
        } else if (!workload.command().isEmpty()) {
            spec.cmd(workload.command());
        }
        return spec.build();
    }

    /** Creates, starts and runs the workload; the container is left for the caller to remove. */
    Finished run(String id, CancellationToken cancel) {
        daemon.startContainer(id);
        long firstPid = daemon.inspectContainer(id).state().pid();
        long deadline = System.nanoTime() + workload.duration().toNanos();
        List<WorkloadOutcome.ScriptStep> steps = new ArrayList<>();
        boolean timedOut;
        if (workload.isScript()) {
            timedOut = runScript(id, deadline, steps, cancel);
            daemon.killContainer(id);
            daemon.waitForExit(id, KILL_WAIT);
        } else {
            timedOut = waitForExit(id, deadline, cancel);
        }
        ContainerDetails details = daemon.inspectContainer(id);
        List<String> output = daemon.containerLog(id);
        long exit = workload.isScript() ? 0 : details.state().exitCode();
        return new Finished(new WorkloadOutcome(exit, timedOut, output, steps), details, firstPid);
    }

    private boolean waitForExit(String id, long deadline, CancellationToken cancel) {
        while (true) {
            cancel.throwIfCancelled();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                daemon.killContainer(id);
                daemon.waitForExit(id, KILL_WAIT);
                return true;
            }
            OptionalLong exit = daemon.waitForExit(id, min(SLICE, Duration.ofNanos(left)));
            if (exit.isPresent()) {
                return false;
            }
        }
    }

    private boolean runScript(String id, long deadline, List<WorkloadOutcome.ScriptStep> steps,
            CancellationToken cancel) {
        for (String command : workload.script()) {
            cancel.throwIfCancelled();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            ExecResult result = daemon.exec(id, List.of("sh", "-c", command), Duration.ofNanos(left));
            steps.add(new WorkloadOutcome.ScriptStep(command, result.exitCode(), result.output()));
            if (result.timedOut()) {
                return true;
            }
        }
        return false;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
