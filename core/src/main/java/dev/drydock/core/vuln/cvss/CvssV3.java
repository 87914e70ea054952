package dev.drydock.core.vuln.cvss;

import java.util.Map;

/**
 * CVSS v3.0 and v3.1 base scores, per FIRST's specification documents (section 7.1 of each, and
 * Appendix A of v3.1 for rounding). Temporal and environmental metrics are validated but not scored.
 */
final class CvssV3 {

    static final String V30 = "3.0";
    static final String V31 = "3.1";

    private static final String[] NOT_DEFINED_LOW_MEDIUM_HIGH = {"X", "L", "M", "H"};
    private static final String[] NOT_DEFINED_NONE_LOW_HIGH = {"X", "N", "L", "H"};

    private CvssV3() {
    }

    static CvssMetricTable metrics(String version) {
        return new CvssMetricTable("CVSS " + version)
                .base("AV", "N", "A", "L", "P")
                .base("AC", "L", "H")
                .base("PR", "N", "L", "H")
                .base("UI", "N", "R")
                .base("S", "U", "C")
                .base("C", "H", "L", "N")
                .base("I", "H", "L", "N")
                .base("A", "H", "L", "N")
                .optional("E", "X", "H", "F", "P", "U")
                .optional("RL", "X", "U", "W", "T", "O")
                .optional("RC", "X", "C", "R", "U")
                .optional("CR", NOT_DEFINED_LOW_MEDIUM_HIGH)
                .optional("IR", NOT_DEFINED_LOW_MEDIUM_HIGH)
                .optional("AR", NOT_DEFINED_LOW_MEDIUM_HIGH)
                .optional("MAV", "X", "N", "A", "L", "P")
                .optional("MAC", "X", "L", "H")
                .optional("MPR", "X", "N", "L", "H")
                .optional("MUI", "X", "N", "R")
                .optional("MS", "X", "U", "C")
                .optional("MC", NOT_DEFINED_NONE_LOW_HIGH)
                .optional("MI", NOT_DEFINED_NONE_LOW_HIGH)
                .optional("MA", NOT_DEFINED_NONE_LOW_HIGH);
    }

    /** The base score of checked metrics; {@code version} picks the rounding of v3.0 or v3.1. */
    static double baseScore(String version, Map<String, String> metrics) {
        boolean scopeChanged = "C".equals(metrics.get("S"));
        double iss = 1 - ((1 - impact(metrics.get("C"))) * (1 - impact(metrics.get("I"))) * (1 - impact(metrics.get("A"))));
        double impact = scopeChanged
                ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15)
                : 6.42 * iss;
        double exploitability = 8.22 * attackVector(metrics.get("AV")) * attackComplexity(metrics.get("AC"))
                * privilegesRequired(metrics.get("PR"), scopeChanged) * userInteraction(metrics.get("UI"));
        if (impact <= 0) {
            return 0.0;
        }
        double raw = scopeChanged
                ? Math.min(1.08 * (impact + exploitability), 10)
                : Math.min(impact + exploitability, 10);
        return V30.equals(version) ? roundUpV30(raw) : roundUpV31(raw);
    }

    /** v3.1 Appendix A: round up to one decimal, working on integers so that 4.000000001 stays 4.0. */
    static double roundUpV31(double value) {
        long scaled = Math.round(value * 100_000);
        if (scaled % 10_000 == 0) {
            return scaled / 100_000.0;
        }
        return (Math.floorDiv(scaled, 10_000) + 1) / 10.0;
    }

    /** v3.0 section 7.4: the smallest number with one decimal that is equal to or higher than the input. */
    static double roundUpV30(double value) {
        return Math.ceil(value * 10) / 10;
    }

    private static double impact(String value) {
        switch (value) {
            case "H":
                return 0.56;
            case "L":
                return 0.22;
            default:
                return 0;
        }
    }

    private static double attackVector(String value) {
        switch (value) {
            case "N":
                return 0.85;
            case "A":
                return 0.62;
            case "L":
                return 0.55;
            default:
                return 0.2;
        }
    }

    private static double attackComplexity(String value) {
        return "L".equals(value) ? 0.77 : 0.44;
    }

    private static double privilegesRequired(String value, boolean scopeChanged) {
        switch (value) {
            case "N":
                return 0.85;
            case "L":
                return scopeChanged ? 0.68 : 0.62;
            default:
                return scopeChanged ? 0.5 : 0.27;
        }
    }

    private static double userInteraction(String value) {
        return "N".equals(value) ? 0.85 : 0.62;
    }
}
