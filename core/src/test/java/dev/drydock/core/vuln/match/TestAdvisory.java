package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.osv.OsvEvent;
import dev.drydock.core.vuln.osv.OsvRange;
import dev.drydock.core.vuln.osv.OsvRecord;
import dev.drydock.core.vuln.osv.OsvSeverity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Advisories built in code for semantics the real fixtures do not exercise (limits, withdrawn records,
 * Git-only ranges). Their ids start with {@code TEST-} and their packages are made up: they state no fact.
 */
final class TestAdvisory {

    private final String id;
    private final List<String> aliases = new ArrayList<>();
    private final List<String> upstream = new ArrayList<>();
    private final List<OsvAffected> affected = new ArrayList<>();
    private final List<OsvSeverity> severity = new ArrayList<>();
    private String sourceSeverity = "";
    private Instant withdrawn;

    private TestAdvisory(String id) {
        this.id = id;
    }

    static TestAdvisory advisory(String id) {
        return new TestAdvisory(id);
    }

    TestAdvisory aliases(String... ids) {
        aliases.addAll(List.of(ids));
        return this;
    }

    TestAdvisory upstream(String... ids) {
        upstream.addAll(List.of(ids));
        return this;
    }

    TestAdvisory affects(OsvAffected entry) {
        affected.add(entry);
        return this;
    }

    TestAdvisory severity(String type, String score) {
        severity.add(new OsvSeverity(type, score));
        return this;
    }

    TestAdvisory sourceSeverity(String word) {
        sourceSeverity = word;
        return this;
    }

    TestAdvisory withdrawn(String instant) {
        withdrawn = Instant.parse(instant);
        return this;
    }

    OsvRecord build() {
        return new OsvRecord(id, Instant.parse("2024-01-01T00:00:00Z"), null, withdrawn, aliases, List.of(), "", "",
                severity, sourceSeverity, affected, List.of(), upstream);
    }

    /** An entry for {@code name} in {@code ecosystem} with the given ranges. */
    static OsvAffected entry(String ecosystem, String name, OsvRange... ranges) {
        return new OsvAffected(ecosystem, name, "", List.of(ranges), List.of(), List.of(), "");
    }

    static OsvAffected listing(String ecosystem, String name, String... versions) {
        return new OsvAffected(ecosystem, name, "", List.of(), List.of(versions), List.of(), "");
    }

    static OsvRange semver(OsvEvent... events) {
        return new OsvRange(OsvRange.Type.SEMVER, "", List.of(events));
    }

    static OsvRange ecosystem(OsvEvent... events) {
        return new OsvRange(OsvRange.Type.ECOSYSTEM, "", List.of(events));
    }

    static OsvRange git(OsvEvent... events) {
        return new OsvRange(OsvRange.Type.GIT, "https://example.invalid/repo.git", List.of(events));
    }

    static OsvEvent introduced(String version) {
        return new OsvEvent(OsvEvent.Kind.INTRODUCED, version);
    }

    static OsvEvent fixed(String version) {
        return new OsvEvent(OsvEvent.Kind.FIXED, version);
    }

    static OsvEvent lastAffected(String version) {
        return new OsvEvent(OsvEvent.Kind.LAST_AFFECTED, version);
    }

    static OsvEvent limit(String version) {
        return new OsvEvent(OsvEvent.Kind.LIMIT, version);
    }
}
