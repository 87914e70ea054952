package dev.drydock.core.seccomp.learn;

import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the kernel's seccomp records through the Docker API alone: a short-lived helper container with only
 * {@code --cap-add SYSLOG} (needed when {@code kernel.dmesg_restrict=1}), no network, small memory and process
 * limits, runs {@code dmesg}, and its output is parsed. The helper runs the workload's image when that has a
 * {@code dmesg}, else the helper image given (any image with one, e.g. a static busybox), else a tiny one built
 * here from this machine's static busybox ({@link LocalHelperImage}); the choice is made
 * once and kept.
 */
final class KernelLogReader {

    private static final Duration DMESG_TIMEOUT = Duration.ofSeconds(30);
    private static final long HELPER_MEMORY = 64L * 1024 * 1024;
    private static final long HELPER_PIDS = 16;

    private final DockerDaemon daemon;
    private final LearnLabel containers;
    private final String workloadImage;
    private final Optional<String> helperImage;
    private String chosen;

    KernelLogReader(DockerDaemon daemon, LearnLabel containers, String workloadImage, Optional<String> helperImage) {
        this.daemon = daemon;
        this.containers = containers;
        this.workloadImage = workloadImage;
        this.helperImage = helperImage;
    }

    /** The seccomp records of one run that the kernel logged. */
    List<KernelAuditRecord> read(RecordWindow window) {
        return KernelLogParser.parse(dmesg()).stream().filter(window::contains).toList();
    }

    private List<String> dmesg() {
        if (chosen != null) {
            return dmesg(chosen).orElseThrow(() -> failed(chosen));
        }
        Optional<List<String>> own = dmesg(workloadImage);
        if (own.isPresent()) {
            chosen = workloadImage;
            return own.get();
        }
        Optional<String> helper = helperImage.or(() -> LocalHelperImage.ensure(daemon));
        if (helper.isEmpty()) {
            throw new LearningException("The kernel log could not be read: " + workloadImage + " has no working dmesg,"
                    + " and no helper image could be built here (it needs " + LocalHelperImage.requirement() + ").",
                    "Name an image that has one (e.g. a static busybox) with --helper-image; it runs with only"
                            + " --cap-add SYSLOG and no network.");
        }
        chosen = helper.get();
        return dmesg(chosen).orElseThrow(() -> failed(chosen));
    }

    private LearningException failed(String image) {
        return new LearningException("The kernel log could not be read with dmesg in " + image + ".",
                "The helper needs --cap-add SYSLOG; a daemon that does not allow it (e.g. rootless Docker) cannot"
                        + " be used for learning.");
    }

    /** {@code dmesg} in a helper of {@code image}; empty when it cannot start or fails there. */
    private Optional<List<String>> dmesg(String image) {
        ContainerSpec spec = ContainerSpec.builder(image).entrypoint(List.of("dmesg")).cmd(List.of())
                .capAdd(List.of("SYSLOG")).networkMode("none").memoryBytes(HELPER_MEMORY).pidsLimit(HELPER_PIDS)
                .build();
        String id = containers.create(spec);
        try {
            daemon.startContainer(id);
            OptionalLong exit = daemon.waitForExit(id, DMESG_TIMEOUT);
            if (exit.isEmpty() || exit.getAsLong() != 0) {
                return Optional.empty();
            }
            return Optional.of(daemon.containerLog(id));
        } catch (DaemonAccessException cannotRun) {
            if (cannotRun.connectionLost()) {
                throw cannotRun;
            }
            return Optional.empty();
        } finally {
            containers.remove(id);
        }
    }
}
