package dev.drydock.core.seccomp.learn;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a learning or verification run executes, and how it is contained.
 *
 * @param image        the image to run
 * @param command      empty: the image's own command; else the command (entrypoint kept) — ignored for a script
 * @param script       when not empty: the container is started with {@code sleep} kept alive and each entry is
 *                     run with {@code docker exec … sh -c ENTRY}, in order
 * @param duration     how long one run may take; a workload still running then is killed
 * @param network      false: {@code --network none}; true: the daemon's default bridge
 * @param capAdd       capabilities added to Docker's default set
 * @param capDrop      capabilities dropped from it ({@code ALL} drops all)
 * @param memoryBytes  the memory limit of the workload container
 * @param pidsLimit    the process limit of the workload container
 */
public record Workload(String image, List<String> command, List<String> script, Duration duration, boolean network,
                       List<String> capAdd, List<String> capDrop, long memoryBytes, long pidsLimit) {

    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(30);
    public static final long DEFAULT_MEMORY_BYTES = 256L * 1024 * 1024;
    public static final long DEFAULT_PIDS_LIMIT = 256;

    public Workload {
        Objects.requireNonNull(image, "image");
        if (image.isBlank()) {
            throw new IllegalArgumentException("a workload needs an image");
        }
        command = List.copyOf(command);
        script = List.copyOf(script);
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a workload needs a positive duration");
        }
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
    }

    /** The image's own command, contained with the defaults, for {@link #DEFAULT_DURATION}. */
    public static Workload of(String image) {
        return new Workload(image, List.of(), List.of(), DEFAULT_DURATION, false, List.of(), List.of(),
                DEFAULT_MEMORY_BYTES, DEFAULT_PIDS_LIMIT);
    }

    public Workload withCommand(List<String> words) {
        return new Workload(image, words, script, duration, network, capAdd, capDrop, memoryBytes, pidsLimit);
    }

    public Workload withScript(List<String> commands) {
        return new Workload(image, command, commands, duration, network, capAdd, capDrop, memoryBytes, pidsLimit);
    }

    public Workload withDuration(Duration value) {
        return new Workload(image, command, script, value, network, capAdd, capDrop, memoryBytes, pidsLimit);
    }

    public Workload withNetwork(boolean value) {
        return new Workload(image, command, script, duration, value, capAdd, capDrop, memoryBytes, pidsLimit);
    }

    public Workload withCapabilities(List<String> add, List<String> drop) {
        return new Workload(image, command, script, duration, network, add, drop, memoryBytes, pidsLimit);
    }

    /** True when the workload is a script of commands run with {@code docker exec}. */
    public boolean isScript() {
        return !script.isEmpty();
    }
}
