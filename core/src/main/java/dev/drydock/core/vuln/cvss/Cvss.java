package dev.drydock.core.vuln.cvss;

import java.util.Map;
import java.util.Optional;

/**
 * Reads CVSS vectors and computes their base scores ourselves, so that a finding's severity never
 * depends on a score some source wrote down.
 *
 * <ul>
 *   <li>CVSS v3.0 and v3.1 ({@code CVSS:3.x/AV:N/AC:L/...}): base score per FIRST's specification,
 *       with v3.1's integer round-up and v3.0's plain round-up.</li>
 *   <li>CVSS v4.0 ({@code CVSS:4.0/AV:N/AC:L/AT:N/...}): the CVSS-B base score, per the specification
 *       and FIRST's reference calculator.</li>
 *   <li>CVSS v2 ({@code AV:N/AC:L/Au:N/C:P/I:P/A:P}, no prefix; NVD's parenthesised form too).</li>
 * </ul>
 * Temporal, threat, environmental and supplemental metrics are accepted and validated, but the
 * score is always the base score. Metrics may come in any order; each may appear once.
 */
public final class Cvss {

    private static final CvssMetricTable V2 = CvssV2.metrics();
    private static final CvssMetricTable V30 = CvssV3.metrics(CvssV3.V30);
    private static final CvssMetricTable V31 = CvssV3.metrics(CvssV3.V31);
    private static final CvssMetricTable V40 = CvssV4.metrics();

    private Cvss() {
    }

    /** The base score of {@code vector}, or empty when the text is not a valid CVSS vector (or is null). */
    public static Optional<CvssScore> parse(String vector) {
        if (vector == null || vector.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parseStrict(vector));
        } catch (IllegalArgumentException notAVector) {
            return Optional.empty();
        }
    }

    /**
     * The base score of {@code vector}.
     *
     * @throws IllegalArgumentException when it is not a valid vector; the message says what is wrong
     *                                  (wrong or missing prefix, unknown metric, bad value, a metric
     *                                  missing or given twice)
     */
    public static CvssScore parseStrict(String vector) {
        if (vector == null) {
            throw new IllegalArgumentException(
                    "No CVSS vector was given; expected one such as CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H.");
        }
        String text = vector.strip();
        if (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1);
        }
        CvssVectorText split = CvssVectorText.split(text);
        Map<String, String> metrics = split.metrics();
        if (split.declaredVersion().isEmpty()) {
            if (!metrics.containsKey("Au")) {
                throw new InvalidCvssVectorException(vector, "it has no version prefix; CVSS v3 and v4 vectors start with "
                        + "CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/ (only CVSS v2 vectors have none)");
            }
            V2.check(vector, metrics);
            return new CvssScore(CvssV2.VERSION, text, CvssV2.baseScore(metrics));
        }
        String version = split.declaredVersion().get();
        switch (version) {
            case CvssV3.V30:
                V30.check(vector, metrics);
                return new CvssScore(version, text, CvssV3.baseScore(version, metrics));
            case CvssV3.V31:
                V31.check(vector, metrics);
                return new CvssScore(version, text, CvssV3.baseScore(version, metrics));
            case CvssV4.VERSION:
                V40.check(vector, metrics);
                return new CvssScore(version, text, CvssV4.baseScore(metrics));
            default:
                throw new InvalidCvssVectorException(vector, "the prefix CVSS:" + version
                        + " names no supported version; supported are CVSS:3.0, CVSS:3.1, CVSS:4.0 and CVSS v2 without prefix");
        }
    }
}
