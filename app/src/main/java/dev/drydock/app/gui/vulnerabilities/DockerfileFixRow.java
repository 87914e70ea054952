package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.core.fix.Fix;
import dev.drydock.core.vuln.advice.AdvisedFix;

import java.util.Objects;

/** One advised Dockerfile fix as the Vulnerabilities tab lists it. */
public record DockerfileFixRow(AdvisedFix advice) {

    public DockerfileFixRow {
        Objects.requireNonNull(advice, "advice");
    }

    /** {@code Upgrade libc6 in the final stage}. */
    public String title() {
        return advice.title();
    }

    /** {@code safe} or {@code needs review}. */
    public String safety() {
        return advice.fix().safety() == Fix.Safety.SAFE ? "safe" : "needs review";
    }

    public boolean safe() {
        return advice.fix().safety() == Fix.Safety.SAFE;
    }

    /** Why: the packages and versions it upgrades, or the comparison of two base images. */
    public String why() {
        return advice.description();
    }

    /** {@code Fixes CVE-2023-4911}; empty for a base image change, whose comparison says it all. */
    public String fixes() {
        return advice.vulnerabilityIds().isEmpty() ? "" : "Fixes " + String.join(", ", advice.vulnerabilityIds());
    }

    public Fix fix() {
        return advice.fix();
    }
}
