package dev.drydock.core.vuln.cvss;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CVSS v4.0 base scores (CVSS-B), per the FIRST CVSS v4.0 specification, section 8: the vector's
 * MacroVector score from the lookup table, lowered by the mean proportional severity distance of the
 * vector from the highest-severity vectors of its MacroVector. The arithmetic follows FIRST's
 * reference calculator step by step, so that scores agree to the last decimal.
 *
 * <p>Threat, environmental and supplemental metrics are validated but not scored: the base score
 * assumes, as the specification does for CVSS-B, exploit maturity "attacked" and high security
 * requirements, with no modified base metrics.
 */
final class CvssV4 {

    static final String VERSION = "4.0";

    private static final double STEP = 0.1;
    private static final List<String> BASE = List.of("AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA");
    private static final List<String> IMPACTS = List.of("VC", "VI", "VA", "SC", "SI", "SA");
    private static final Map<String, Map<String, Double>> SEVERITY_LEVELS = severityLevels();
    private static final Map<String, Map<String, String>> PARSED_HIGHEST = new ConcurrentHashMap<>();

    private CvssV4() {
    }

    static CvssMetricTable metrics() {
        return new CvssMetricTable("CVSS 4.0")
                .base("AV", "N", "A", "L", "P")
                .base("AC", "L", "H")
                .base("AT", "N", "P")
                .base("PR", "N", "L", "H")
                .base("UI", "N", "P", "A")
                .base("VC", "H", "L", "N")
                .base("VI", "H", "L", "N")
                .base("VA", "H", "L", "N")
                .base("SC", "H", "L", "N")
                .base("SI", "H", "L", "N")
                .base("SA", "H", "L", "N")
                .optional("E", "X", "A", "P", "U")
                .optional("CR", "X", "H", "M", "L")
                .optional("IR", "X", "H", "M", "L")
                .optional("AR", "X", "H", "M", "L")
                .optional("MAV", "X", "N", "A", "L", "P")
                .optional("MAC", "X", "L", "H")
                .optional("MAT", "X", "N", "P")
                .optional("MPR", "X", "N", "L", "H")
                .optional("MUI", "X", "N", "P", "A")
                .optional("MVC", "X", "H", "L", "N")
                .optional("MVI", "X", "H", "L", "N")
                .optional("MVA", "X", "H", "L", "N")
                .optional("MSC", "X", "H", "L", "N")
                .optional("MSI", "X", "S", "H", "L", "N")
                .optional("MSA", "X", "S", "H", "L", "N")
                .optional("S", "X", "N", "P")
                .optional("AU", "X", "N", "Y")
                .optional("R", "X", "A", "U", "I")
                .optional("V", "X", "D", "C")
                .optional("RE", "X", "L", "M", "H")
                .optional("U", "X", "Clear", "Green", "Amber", "Red");
    }

    /** The CVSS-B score of checked metrics. */
    static double baseScore(Map<String, String> vector) {
        Map<String, String> effective = new HashMap<>();
        for (String metric : BASE) {
            effective.put(metric, vector.get(metric));
        }
        effective.put("E", "A");
        effective.put("CR", "H");
        effective.put("IR", "H");
        effective.put("AR", "H");
        return score(effective);
    }

    /** The score of effective metric values (base metrics plus E, CR, IR and AR). */
    private static double score(Map<String, String> m) {
        if (IMPACTS.stream().allMatch(metric -> "N".equals(m.get(metric)))) {
            return 0.0;
        }
        CvssV4MacroVector macro = CvssV4MacroVector.of(m);
        double value = CvssV4Lookup.score(macro.key());

        // 1a. The maximal scoring difference of each EQ: the score step down to the next lower MacroVector (NaN: none).
        double lowerEq1 = CvssV4Lookup.score(macro.lower(1));
        double lowerEq2 = CvssV4Lookup.score(macro.lower(2));
        double lowerEq3Eq6 = lowerEq3Eq6(macro);
        double lowerEq4 = CvssV4Lookup.score(macro.lower(4));
        double lowerEq5 = CvssV4Lookup.score(macro.lower(5));

        // 1b. The severity distance from the first highest-severity vector of the MacroVector that is at least as severe.
        Map<String, Double> distances = distanceFromHighest(m, macro);
        double distanceEq1 = distances.get("AV") + distances.get("PR") + distances.get("UI");
        double distanceEq2 = distances.get("AC") + distances.get("AT");
        double distanceEq3Eq6 = distances.get("VC") + distances.get("VI") + distances.get("VA")
                + distances.get("CR") + distances.get("IR") + distances.get("AR");
        double distanceEq4 = distances.get("SC") + distances.get("SI") + distances.get("SA");

        // 1c-d. Each existing step down, scaled by how deep into its EQ the vector lies; EQ5 never lowers the score.
        int existing = 0;
        double sum = 0;
        if (!Double.isNaN(value - lowerEq1)) {
            existing++;
            sum += (value - lowerEq1) * (distanceEq1 / (macro.depth(1) * STEP));
        }
        if (!Double.isNaN(value - lowerEq2)) {
            existing++;
            sum += (value - lowerEq2) * (distanceEq2 / (macro.depth(2) * STEP));
        }
        if (!Double.isNaN(value - lowerEq3Eq6)) {
            existing++;
            sum += (value - lowerEq3Eq6) * (distanceEq3Eq6 / (macro.depthEq3Eq6() * STEP));
        }
        if (!Double.isNaN(value - lowerEq4)) {
            existing++;
            sum += (value - lowerEq4) * (distanceEq4 / (macro.depth(4) * STEP));
        }
        if (!Double.isNaN(value - lowerEq5)) {
            existing++;
        }
        // 2-3. The MacroVector score less the mean of those, rounded half up to one decimal.
        double mean = existing == 0 ? 0 : sum / existing;
        return Math.round(Math.max(0, Math.min(10, value - mean)) * 10) / 10.0;
    }

    private static double lowerEq3Eq6(CvssV4MacroVector macro) {
        int eq3 = macro.level(3);
        int eq6 = macro.level(6);
        if (eq3 == 0 && eq6 == 0) {
            // Two ways down (00 to 01 or to 10): the higher score counts.
            return Math.max(CvssV4Lookup.score(macro.lower(6)), CvssV4Lookup.score(macro.lower(3)));
        }
        if (eq3 == 1 && eq6 == 0) {
            return CvssV4Lookup.score(macro.lower(6));
        }
        if (eq6 == 1 && eq3 <= 1) {
            return CvssV4Lookup.score(macro.lower(3));
        }
        return CvssV4Lookup.score(macro.lower(3, 6));
    }

    private static Map<String, Double> distanceFromHighest(Map<String, String> m, CvssV4MacroVector macro) {
        Map<String, Double> distances = Map.of();
        for (String eq1 : macro.highest(1)) {
            for (String eq2 : macro.highest(2)) {
                for (String eq3Eq6 : macro.highestEq3Eq6()) {
                    for (String eq4 : macro.highest(4)) {
                        for (String eq5 : macro.highest(5)) {
                            distances = distances(m, String.join("/", eq1, eq2, eq3Eq6, eq4, eq5));
                            if (distances.values().stream().allMatch(d -> d >= 0)) {
                                return distances;
                            }
                        }
                    }
                }
            }
        }
        return distances;
    }

    private static Map<String, Double> distances(Map<String, String> m, String highestVector) {
        Map<String, String> highest = PARSED_HIGHEST.computeIfAbsent(highestVector, CvssV4::parsePartial);
        Map<String, Double> distances = new HashMap<>();
        for (Map.Entry<String, Map<String, Double>> metric : SEVERITY_LEVELS.entrySet()) {
            Map<String, Double> levels = metric.getValue();
            distances.put(metric.getKey(), levels.get(m.get(metric.getKey())) - levels.get(highest.get(metric.getKey())));
        }
        return distances;
    }

    private static Map<String, String> parsePartial(String partialVector) {
        Map<String, String> values = new HashMap<>();
        for (String part : partialVector.split("/")) {
            int colon = part.indexOf(':');
            values.put(part.substring(0, colon), part.substring(colon + 1));
        }
        return Map.copyOf(values);
    }

    /** How far each metric value lies from the most severe one, in steps of 0.1, as the reference calculator counts. */
    private static Map<String, Map<String, Double>> severityLevels() {
        Map<String, Map<String, Double>> levels = new LinkedHashMap<>();
        levels.put("AV", Map.of("N", 0.0, "A", 0.1, "L", 0.2, "P", 0.3));
        levels.put("PR", Map.of("N", 0.0, "L", 0.1, "H", 0.2));
        levels.put("UI", Map.of("N", 0.0, "P", 0.1, "A", 0.2));
        levels.put("AC", Map.of("L", 0.0, "H", 0.1));
        levels.put("AT", Map.of("N", 0.0, "P", 0.1));
        levels.put("VC", Map.of("H", 0.0, "L", 0.1, "N", 0.2));
        levels.put("VI", Map.of("H", 0.0, "L", 0.1, "N", 0.2));
        levels.put("VA", Map.of("H", 0.0, "L", 0.1, "N", 0.2));
        levels.put("SC", Map.of("H", 0.1, "L", 0.2, "N", 0.3));
        levels.put("SI", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3));
        levels.put("SA", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3));
        levels.put("CR", Map.of("H", 0.0, "M", 0.1, "L", 0.2));
        levels.put("IR", Map.of("H", 0.0, "M", 0.1, "L", 0.2));
        levels.put("AR", Map.of("H", 0.0, "M", 0.1, "L", 0.2));
        levels.put("E", Map.of("A", 0.0, "P", 0.1, "U", 0.2));
        return levels;
    }
}
