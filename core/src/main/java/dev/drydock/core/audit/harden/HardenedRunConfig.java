package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.ContainerDetails;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hardened equivalent of a container: the container as inspected, the options that harden it
 * (see {@link HardenedRunAdvisor}) and the values they set. {@link #settings()} gives the run settings
 * with only the enabled options applied; the renderers write those.
 *
 * @param original       the container as inspected
 * @param user           the user the hardened container runs as, e.g. {@code 65534:65534}
 * @param writablePaths  the paths that get a tmpfs when the root filesystem is read-only
 * @param memoryBytes    the memory limit
 * @param pidsLimit      the process limit
 * @param droppedMounts  the destinations of the mounts that are dropped
 * @param options        the options, in {@link HardeningKind} order
 * @param seccompProfile the seccomp profile file the container runs under instead of the runtime default;
 *                       null for the runtime default
 */
public record HardenedRunConfig(ContainerDetails original, String user, List<String> writablePaths, long memoryBytes,
                                long pidsLimit, List<String> droppedMounts, List<HardeningOption> options,
                                SeccompProfileChoice seccompProfile) {

    public HardenedRunConfig {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(user, "user");
        writablePaths = List.copyOf(writablePaths);
        droppedMounts = List.copyOf(droppedMounts);
        options = List.copyOf(options);
    }

    /** A config under the runtime default seccomp profile. */
    public HardenedRunConfig(ContainerDetails original, String user, List<String> writablePaths, long memoryBytes,
                             long pidsLimit, List<String> droppedMounts, List<HardeningOption> options) {
        this(original, user, writablePaths, memoryBytes, pidsLimit, droppedMounts, options, null);
    }

    /** The chosen seccomp profile file; empty for the runtime default. */
    public Optional<SeccompProfileChoice> seccomp() {
        return Optional.ofNullable(seccompProfile);
    }

    /** The same config under this seccomp profile file (null: the runtime default). */
    public HardenedRunConfig withSeccompProfile(SeccompProfileChoice profile) {
        return new HardenedRunConfig(original, user, writablePaths, memoryBytes, pidsLimit, droppedMounts, options,
                profile);
    }

    public Optional<HardeningOption> option(HardeningKind kind) {
        return options.stream().filter(option -> option.kind() == kind).findFirst();
    }

    /** True when the config has the option and it is switched on. */
    public boolean isEnabled(HardeningKind kind) {
        return option(kind).map(HardeningOption::enabled).orElse(false);
    }

    /** The same config with one option switched on or off; unchanged when it has no such option. */
    public HardenedRunConfig withEnabled(HardeningKind kind, boolean on) {
        List<HardeningOption> changed = options.stream()
                .map(option -> option.kind() == kind ? option.withEnabled(on) : option).toList();
        return new HardenedRunConfig(original, user, writablePaths, memoryBytes, pidsLimit, droppedMounts, changed,
                seccompProfile);
    }

    /** The finding ids the enabled options claim to fix. */
    public Set<String> fixedFindings() {
        Set<String> ids = new LinkedHashSet<>();
        options.stream().filter(HardeningOption::enabled).forEach(option -> ids.addAll(option.fixes()));
        return ids;
    }

    /** The run settings of the hardened container, with the enabled options applied. */
    public RunSettings settings() {
        return RunSettings.of(this);
    }

    /** The container's name without the leading slash. */
    public String containerName() {
        String name = original.name() == null ? "" : original.name().replaceFirst("^/", "");
        return name.isEmpty() ? original.id().substring(0, Math.min(12, original.id().length())) : name;
    }
}
