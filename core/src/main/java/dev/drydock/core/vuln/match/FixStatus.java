package dev.drydock.core.vuln.match;

/** Whether a release that fixes a vulnerability exists. Withdrawn advisories are never reported. */
public enum FixStatus {
    /** A version newer than the installed one is not affected; {@link VulnerabilityMatch#fixedVersion()} names the smallest. */
    FIXED,
    /** No fixed version is known yet. */
    UNFIXED
}
