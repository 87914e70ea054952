package dev.drydock.core.vuln.osv;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One OSV vulnerability record (schema 1.x), with the fields Drydock uses. Strings are empty and lists
 * empty when the record leaves them out.
 *
 * @param withdrawn      when the record was withdrawn; null while it stands
 * @param upstream       ids of the upstream vulnerabilities this record is about (OSV 1.7 {@code upstream}):
 *                       distribution records name their CVE here ({@code DSA-5514-1} → {@code CVE-2023-4911},
 *                       {@code ALPINE-CVE-2023-5363} → {@code CVE-2023-5363}) rather than in {@code aliases}
 * @param sourceSeverity the source's own qualitative severity ({@code database_specific.severity} of GitHub
 *                       advisories, Debian/Ubuntu urgency…); empty when it gives none
 */
public record OsvRecord(String id, Instant modified, Instant published, Instant withdrawn, List<String> aliases,
                        List<String> related, String summary, String details, List<OsvSeverity> severity,
                        String sourceSeverity, List<OsvAffected> affected, List<OsvReference> references,
                        List<String> upstream) {

    public OsvRecord {
        Objects.requireNonNull(id, "id");
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
        summary = summary == null ? "" : summary;
        details = details == null ? "" : details;
        severity = List.copyOf(severity);
        sourceSeverity = sourceSeverity == null ? "" : sourceSeverity;
        affected = List.copyOf(affected);
        references = List.copyOf(references);
        upstream = upstream == null ? List.of() : List.copyOf(upstream);
    }

    /** A record without {@code upstream} ids (records before OSV 1.7, and most language advisories). */
    public OsvRecord(String id, Instant modified, Instant published, Instant withdrawn, List<String> aliases,
                     List<String> related, String summary, String details, List<OsvSeverity> severity,
                     String sourceSeverity, List<OsvAffected> affected, List<OsvReference> references) {
        this(id, modified, published, withdrawn, aliases, related, summary, details, severity, sourceSeverity, affected,
                references, List.of());
    }

    public boolean isWithdrawn() {
        return withdrawn != null;
    }
}
