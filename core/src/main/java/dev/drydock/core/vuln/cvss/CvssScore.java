package dev.drydock.core.vuln.cvss;

import dev.drydock.core.vuln.VulnerabilitySeverity;

import java.util.Objects;

/**
 * The base score we computed from a CVSS vector.
 *
 * @param version   the CVSS version the vector declares: {@code 2.0}, {@code 3.0}, {@code 3.1} or {@code 4.0}
 * @param vector    the vector as it was given (surrounding blanks removed)
 * @param baseScore the base score, 0.0 to 10.0 with one decimal (for v4.0 the CVSS-B score); threat,
 *                  temporal and environmental metrics in the vector are accepted but not scored
 */
public record CvssScore(String version, String vector, double baseScore) {

    public CvssScore {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(vector, "vector");
        if (!(baseScore >= 0.0 && baseScore <= 10.0)) {
            throw new IllegalArgumentException("A CVSS base score lies between 0.0 and 10.0, not " + baseScore);
        }
    }

    /**
     * The qualitative rating of the base score. CVSS v2 has no "critical" band (NVD rates v2 scores
     * 7.0-10.0 as high), so a v2 score never rates above {@link VulnerabilitySeverity#HIGH}.
     */
    public VulnerabilitySeverity severity() {
        VulnerabilitySeverity rating = VulnerabilitySeverity.ofScore(baseScore);
        return CvssV2.VERSION.equals(version) && rating == VulnerabilitySeverity.CRITICAL
                ? VulnerabilitySeverity.HIGH : rating;
    }
}
