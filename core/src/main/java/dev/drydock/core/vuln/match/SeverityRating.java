package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.vuln.cvss.CvssScore;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How serious a match is and where that came from.
 *
 * @param severity the rating shown
 * @param cvss     the CVSS vector and its base score when the rating came from one (computed by Drydock)
 * @param basis    where the rating came from, for the user ({@code CVSS:3.1 vector of GHSA-jfh8-c2jp-5v3q},
 *                 {@code severity given by DSA-5571-1}, {@code no severity given})
 */
public record SeverityRating(VulnerabilitySeverity severity, Optional<CvssScore> cvss, String basis) {

    public SeverityRating {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(cvss, "cvss");
        Objects.requireNonNull(basis, "basis");
    }

    static SeverityRating unknown() {
        return new SeverityRating(VulnerabilitySeverity.UNKNOWN, Optional.empty(), "no severity given");
    }

    /** The CVSS vector shown beside the rating; empty when the rating did not come from one. */
    public String vector() {
        return cvss.map(CvssScore::vector).orElse("");
    }

    /** The CVSS base score; empty when the rating did not come from a vector. */
    public OptionalDouble score() {
        return cvss.map(score -> OptionalDouble.of(score.baseScore())).orElse(OptionalDouble.empty());
    }
}
