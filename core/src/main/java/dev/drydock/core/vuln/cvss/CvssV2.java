package dev.drydock.core.vuln.cvss;

import java.util.Map;

/**
 * CVSS v2 base scores, per FIRST's "A Complete Guide to the Common Vulnerability Scoring System
 * Version 2.0", section 3.2.1. v2 vectors carry no version prefix. Temporal and environmental metrics
 * are validated but not scored.
 */
final class CvssV2 {

    static final String VERSION = "2.0";

    private static final String[] REQUIREMENT = {"L", "M", "H", "ND"};

    private CvssV2() {
    }

    static CvssMetricTable metrics() {
        return new CvssMetricTable("CVSS 2.0")
                .base("AV", "L", "A", "N")
                .base("AC", "H", "M", "L")
                .base("Au", "M", "S", "N")
                .base("C", "N", "P", "C")
                .base("I", "N", "P", "C")
                .base("A", "N", "P", "C")
                .optional("E", "U", "POC", "F", "H", "ND")
                .optional("RL", "OF", "TF", "W", "U", "ND")
                .optional("RC", "UC", "UR", "C", "ND")
                .optional("CDP", "N", "L", "LM", "MH", "H", "ND")
                .optional("TD", "N", "L", "M", "H", "ND")
                .optional("CR", REQUIREMENT)
                .optional("IR", REQUIREMENT)
                .optional("AR", REQUIREMENT);
    }

    /** The base score of checked metrics. */
    static double baseScore(Map<String, String> metrics) {
        double impact = 10.41 * (1 - (1 - impact(metrics.get("C"))) * (1 - impact(metrics.get("I")))
                * (1 - impact(metrics.get("A"))));
        double exploitability = 20 * accessVector(metrics.get("AV")) * accessComplexity(metrics.get("AC"))
                * authentication(metrics.get("Au"));
        double fImpact = impact == 0 ? 0 : 1.176;
        double score = ((0.6 * impact) + (0.4 * exploitability) - 1.5) * fImpact;
        return Math.round(score * 10) / 10.0;
    }

    private static double impact(String value) {
        switch (value) {
            case "C":
                return 0.660;
            case "P":
                return 0.275;
            default:
                return 0;
        }
    }

    private static double accessVector(String value) {
        switch (value) {
            case "N":
                return 1.0;
            case "A":
                return 0.646;
            default:
                return 0.395;
        }
    }

    private static double accessComplexity(String value) {
        switch (value) {
            case "L":
                return 0.71;
            case "M":
                return 0.61;
            default:
                return 0.35;
        }
    }

    private static double authentication(String value) {
        switch (value) {
            case "N":
                return 0.704;
            case "S":
                return 0.56;
            default:
                return 0.45;
        }
    }
}
