package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.vuln.cvss.Cvss;
import dev.drydock.core.vuln.cvss.CvssScore;
import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.osv.OsvRecord;
import dev.drydock.core.vuln.osv.OsvSeverity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses a match's severity. For one advisory: the CVSS vector of the newest CVSS version (v4.0 over v3.1
 * over v3.0 over v2) given for the matched package ({@code affected[].severity}), else for the whole record,
 * scored by Drydock; else the source's own word (the package's, an {@code Ubuntu} priority, then the
 * record's); else unknown. For advisories merged as aliases: a CVSS rating beats a source word, which beats
 * unknown; between CVSS ratings the newer CVSS version wins, then the higher score; between source words
 * the more serious — a merged match is never rated lower than one of its advisories would rate it alone.
 */
final class SeverityChoice {

    private static final Comparator<SeverityRating> PREFERENCE = Comparator
            .comparingInt(SeverityChoice::basisRank)
            .thenComparingDouble(rating -> rating.cvss().map(SeverityChoice::versionOf).orElse(0.0))
            .thenComparingDouble(rating -> rating.score().orElse(0.0))
            .thenComparing(SeverityRating::severity, Comparator.reverseOrder());

    private SeverityChoice() {
    }

    /** The rating of one advisory for the package its {@code matched} entries name. */
    static SeverityRating of(OsvRecord record, List<OsvAffected> matched) {
        for (OsvAffected entry : matched) {
            Optional<CvssScore> packageVector = newestVector(entry.severity());
            if (packageVector.isPresent()) {
                return fromVector(packageVector.get(), record.id());
            }
        }
        Optional<CvssScore> recordVector = newestVector(record.severity());
        if (recordVector.isPresent()) {
            return fromVector(recordVector.get(), record.id());
        }
        for (OsvAffected entry : matched) {
            Optional<VulnerabilitySeverity> word = VulnerabilitySeverity.parse(entry.sourceSeverity())
                    .or(() -> sourceWord(entry.severity()));
            if (word.isPresent()) {
                return new SeverityRating(word.get(), Optional.empty(), "severity given by " + record.id());
            }
        }
        return VulnerabilitySeverity.parse(record.sourceSeverity()).or(() -> sourceWord(record.severity()))
                .map(word -> new SeverityRating(word, Optional.empty(), "severity given by " + record.id()))
                .orElseGet(SeverityRating::unknown);
    }

    /** The preferred rating among merged advisories'. */
    static SeverityRating best(List<SeverityRating> ratings) {
        return ratings.stream().max(PREFERENCE).orElseGet(SeverityRating::unknown);
    }

    private static SeverityRating fromVector(CvssScore score, String recordId) {
        return new SeverityRating(score.severity(), Optional.of(score), "CVSS:" + score.version() + " vector of " + recordId);
    }

    private static Optional<CvssScore> newestVector(List<OsvSeverity> severities) {
        return severities.stream()
                .filter(severity -> severity.type().startsWith("CVSS"))
                .map(severity -> Cvss.parse(severity.score()))
                .flatMap(Optional::stream)
                .max(Comparator.comparingDouble(SeverityChoice::versionOf));
    }

    /** A qualitative severity entry ({@code {"type": "Ubuntu", "score": "medium"}}). */
    private static Optional<VulnerabilitySeverity> sourceWord(List<OsvSeverity> severities) {
        return severities.stream()
                .filter(severity -> !severity.type().startsWith("CVSS"))
                .map(severity -> VulnerabilitySeverity.parse(severity.score()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static double versionOf(CvssScore score) {
        try {
            return Double.parseDouble(score.version());
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }

    private static int basisRank(SeverityRating rating) {
        if (rating.cvss().isPresent()) {
            return 2;
        }
        return rating.severity() == VulnerabilitySeverity.UNKNOWN ? 0 : 1;
    }
}
