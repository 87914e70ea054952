package dev.drydock.core.vuln.ignore;

import dev.drydock.core.vuln.match.Suppression;
import dev.drydock.core.vuln.match.VulnerabilityMatch;
import dev.drydock.core.vuln.match.VulnerabilityReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the user's suppressions to a finished report: ignore files first (an unexpired entry naming any
 * of a match's ids or aliases suppresses it), then OpenVEX documents (the latest statement naming one of
 * the match's ids and its package decides: {@code not_affected} and {@code fixed} suppress, {@code affected}
 * and {@code under_investigation} do not; statements without a time count as oldest, and among equal times
 * the later one wins). Suppressed matches stay in the report, marked with the reason; expired ignore entries
 * and unreadable lines are added to the report's notes.
 */
public final class Suppressions {

    private final List<IgnoreFile> ignoreFiles;
    private final List<VexDocument> vexDocuments;
    private final Set<String> imageIdentifiers;

    /**
     * @param imageIdentifiers what identifies the scanned image to VEX products that list it with
     *                         subcomponents: its id, repo digests, references; may be empty
     */
    public Suppressions(List<IgnoreFile> ignoreFiles, List<VexDocument> vexDocuments, Set<String> imageIdentifiers) {
        this.ignoreFiles = List.copyOf(ignoreFiles);
        this.vexDocuments = List.copyOf(vexDocuments);
        this.imageIdentifiers = Set.copyOf(imageIdentifiers);
    }

    public VulnerabilityReport apply(VulnerabilityReport report, Instant now) {
        List<String> notes = new ArrayList<>();
        for (IgnoreFile file : ignoreFiles) {
            notes.addAll(file.problems());
            for (IgnoreEntry entry : file.expired(now)) {
                notes.add(file.source() + " line " + entry.line() + ": " + entry.id() + " expired on "
                        + entry.expires().orElseThrow() + "; it no longer suppresses");
            }
        }
        return report.withMatches(match -> match.isSuppressed() ? match
                : suppression(match, now).map(match::suppressedBy).orElse(match), notes);
    }

    private Optional<Suppression> suppression(VulnerabilityMatch match, Instant now) {
        for (IgnoreFile file : ignoreFiles) {
            Optional<IgnoreEntry> entry = file.suppressing(match.ids(), now);
            if (entry.isPresent()) {
                String expiry = entry.get().expires().map(date -> " (until " + date + ")").orElse("");
                return Optional.of(new Suppression(Suppression.Kind.IGNORE_FILE, file.source(),
                        "line " + entry.get().line() + ": " + entry.get().id() + expiry));
            }
        }
        return latestStatement(match).filter(found -> found.statement().status().suppresses())
                .map(found -> new Suppression(Suppression.Kind.VEX, found.document().source(), found.statement().describe()));
    }

    private Optional<Found> latestStatement(VulnerabilityMatch match) {
        Found latest = null;
        for (VexDocument document : vexDocuments) {
            for (VexStatement statement : document.statements()) {
                if (namesVulnerability(statement, match)
                        && VexProducts.names(statement, match.packageFact().purl(), imageIdentifiers)
                        && (latest == null || !time(statement).isBefore(time(latest.statement())))) {
                    latest = new Found(document, statement);
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    private static boolean namesVulnerability(VexStatement statement, VulnerabilityMatch match) {
        return statement.vulnerabilityIds().stream().anyMatch(match::isKnownAs);
    }

    private static Instant time(VexStatement statement) {
        return statement.timestamp().orElse(Instant.MIN);
    }

    private record Found(VexDocument document, VexStatement statement) {
    }
}
