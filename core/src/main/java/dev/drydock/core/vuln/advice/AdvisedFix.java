package dev.drydock.core.vuln.advice;

import dev.drydock.core.fix.Fix;

import java.util.List;
import java.util.Objects;

/**
 * A Dockerfile fix offered for an image's vulnerabilities.
 *
 * @param kind             what the fix changes
 * @param fix              the edits, applied by the one applier
 * @param description      why, for the user: the packages and versions it upgrades, or the comparison of
 *                         two base images ({@code node:22.11.0 → node:22.12.0: critical 3 → 0, high 12 → 4})
 * @param vulnerabilityIds the display ids of the matches it is meant to fix
 */
public record AdvisedFix(Kind kind, Fix fix, String description, List<String> vulnerabilityIds) {

    /** What an advised fix changes. */
    public enum Kind {
        /** Adds a step that upgrades the affected OS packages in the final stage. */
        UPGRADE_OS_PACKAGES,
        /** Raises the version a {@code RUN} install line pins a language package to. */
        BUMP_PINNED_PACKAGE,
        /** Changes the final stage's {@code FROM} to another tag of the same base image. */
        CHANGE_BASE_IMAGE
    }

    public AdvisedFix {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(description, "description");
        vulnerabilityIds = List.copyOf(vulnerabilityIds);
    }

    public String title() {
        return fix.title();
    }
}
