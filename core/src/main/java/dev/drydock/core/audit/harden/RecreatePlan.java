package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.ContainerSpec;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What "recreate hardened" will do, for the user to confirm before anything happens (see
 * {@link HardenedRecreate#plan}).
 *
 * @param config        the hardened configuration it applies
 * @param originalId    the original container's id; it is never stopped, changed or removed
 * @param originalName  its name
 * @param spec          exactly what the new container is created with (its name: {@link #newName()})
 * @param watch         how long the new container is watched after it started
 * @param steps         what will happen, in order, in plain words
 * @param warnings      what differs from the original beyond the hardening, and why (e.g. host ports)
 */
public record RecreatePlan(HardenedRunConfig config, String originalId, String originalName, ContainerSpec spec,
                           Duration watch, List<String> steps, List<String> warnings) {

    public RecreatePlan {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(watch, "watch");
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /** The name of the container that will be created, e.g. {@code web-hardened}. */
    public String newName() {
        return spec.name();
    }

    /** The finding ids the hardening claims to fix. */
    public Set<String> fixedFindings() {
        return config.fixedFindings();
    }

    /** The plan as text: numbered steps, then the warnings. */
    public String describe() {
        StringBuilder text = new StringBuilder("Recreate " + originalName + " hardened:" + System.lineSeparator());
        for (int i = 0; i < steps.size(); i++) {
            text.append("  ").append(i + 1).append(". ").append(steps.get(i)).append(System.lineSeparator());
        }
        warnings.forEach(warning -> text.append("  Note: ").append(warning).append(System.lineSeparator()));
        return text.toString();
    }
}
