package dev.drydock.core.audit.daemon;

/**
 * Versions of one component affected by a CVE: from {@code introduced} (inclusive) up to
 * {@code fixed} (exclusive).
 */
public record AffectedRange(RuntimeComponent component, ComponentVersion introduced, ComponentVersion fixed) {

    public boolean contains(RuntimeComponent candidate, ComponentVersion version) {
        return component == candidate && introduced.compareTo(version) <= 0 && version.isBefore(fixed);
    }
}
