package dev.drydock.core.vuln.osv;

import java.util.List;
import java.util.Objects;

/** One {@code ranges[]} entry: events in the order the record lists them. */
public record OsvRange(Type type, String repo, List<OsvEvent> events) {

    public enum Type {
        /** Versions ordered by the ecosystem's own rules. */
        ECOSYSTEM,
        /** SemVer 2.0 versions (a leading {@code v} is tolerated). */
        SEMVER,
        /** Git commits; Drydock cannot match these against installed packages. */
        GIT
    }

    public OsvRange {
        Objects.requireNonNull(type, "type");
        repo = repo == null ? "" : repo;
        events = List.copyOf(events);
    }
}
