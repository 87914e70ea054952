package dev.drydock.core.seccomp.validation;

import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.seccomp.export.ProfileJsonExport;
import dev.drydock.core.seccomp.profile.SeccompProfile;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Asks the real daemon whether it accepts a profile. Docker 20.10 stores a profile unread when a
 * container is created and only its runtime reads it when the container starts, so creating alone
 * proves nothing: the check creates a labelled container (no network, the profile inline) whose
 * entrypoint does not exist, starts it, and reads the answer. A profile the runtime refuses fails
 * before the entrypoint is looked up ("… is not a valid action for seccomp"); an accepted one fails
 * only on the missing entrypoint. No process of the image ever runs; the container is always removed.
 */
public final class DaemonProfileCheck {
    /** The label every test container carries, its value unique per check. */
    public static final String LABEL = "dev.drydock.seccomp-check";
    static final String MISSING_ENTRYPOINT = "/drydock-profile-check-never-runs";

    private final DockerDaemon daemon;

    public DaemonProfileCheck(DockerDaemon daemon) {
        this.daemon = daemon;
    }

    /**
     * Checks the profile with a container of {@code image}, or of one of the daemon's images when empty.
     *
     * @throws DaemonAccessException when the daemon cannot be reached, has no image, or fails otherwise
     */
    public DaemonVerdict check(SeccompProfile profile, String image) {
        return check(profile, image, Map.of());
    }

    /** As {@link #check(SeccompProfile, String)}, the test container also carrying these labels. */
    public DaemonVerdict check(SeccompProfile profile, String image, Map<String, String> labels) {
        String chosen = image == null || image.isBlank() ? anyImage() : image;
        ContainerSpec spec = ContainerSpec.builder(chosen)
                .name("drydock-profile-check-" + UUID.randomUUID().toString().substring(0, 8))
                .labels(labels)
                .label(LABEL, UUID.randomUUID().toString())
                .entrypoint(List.of(MISSING_ENTRYPOINT))
                .cmd(List.of())
                .networkMode("none")
                .securityOpt(List.of(ProfileJsonExport.inlineSecurityOpt(profile)))
                .build();
        String id = daemon.createContainer(spec);
        try {
            daemon.startContainer(id);
            return new DaemonVerdict(true, "The daemon accepted the profile.", chosen);
        } catch (DaemonAccessException e) {
            return verdict(e, chosen);
        } finally {
            daemon.removeContainer(id, true);
        }
    }

    private static DaemonVerdict verdict(DaemonAccessException e, String image) {
        String reason = daemonWords(e.getMessage() == null ? "" : e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains(MISSING_ENTRYPOINT) && lower.contains("no such file")) {
            return new DaemonVerdict(true, "The daemon accepted the profile.", image);
        }
        if (lower.contains("seccomp") || lower.contains("json")) {
            return new DaemonVerdict(false, "The daemon refused the profile: " + reason, image);
        }
        if (lower.contains("operation not permitted") || lower.contains("function not implemented")) {
            return new DaemonVerdict(false, "The daemon took the profile, but the runtime could not start a process"
                    + " under it: " + reason + " Allow the system calls the runtime makes after loading the filter"
                    + " (the strict template lists them).", image);
        }
        throw e;
    }

    /** The runtime's reason without the layers of "failed to create shim task: OCI runtime create failed:". */
    static String daemonWords(String message) {
        String reason = message;
        int marker = reason.lastIndexOf("runc create failed: ");
        if (marker >= 0) {
            reason = reason.substring(marker + "runc create failed: ".length());
        }
        reason = reason.replaceFirst("\\s*\\(HTTP \\d+\\)\\s*$", "").replaceFirst(":\\s*unknown\\s*$", "").strip();
        return reason.endsWith(".") ? reason : reason + ".";
    }

    private String anyImage() {
        return daemon.listImages().stream()
                .min(Comparator.comparingLong(ImageSummary::sizeBytes))
                .map(summary -> summary.repoTags().stream().filter(tag -> !tag.contains("<none>")).findFirst()
                        .orElse(summary.id()))
                .orElseThrow(() -> new DaemonAccessException(DaemonAccessException.Problem.NOT_FOUND,
                        "The daemon has no image to create the test container from.",
                        "Load or build any image (nothing of it runs), or name one with --image."));
    }
}
