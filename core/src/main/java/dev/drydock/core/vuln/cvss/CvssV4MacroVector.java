package dev.drydock.core.vuln.cvss;

import java.util.List;
import java.util.Map;

/**
 * A CVSS v4.0 MacroVector: the six equivalence classes EQ1-EQ6 of a vector (0 is the most severe
 * level), with the highest-severity vectors of each class and the class depths the score
 * interpolation needs. Definitions from the FIRST CVSS v4.0 specification, section 8.2, and
 * FIRST's reference calculator.
 */
final class CvssV4MacroVector {

    /** Highest-severity partial vectors of EQ1, EQ2, EQ4 and EQ5, by level. */
    private static final Map<Integer, List<List<String>>> HIGHEST = Map.of(
            1, List.of(
                    List.of("AV:N/PR:N/UI:N"),
                    List.of("AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"),
                    List.of("AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P")),
            2, List.of(
                    List.of("AC:L/AT:N"),
                    List.of("AC:H/AT:N", "AC:L/AT:P")),
            4, List.of(
                    List.of("SC:H/SI:S/SA:S"),
                    List.of("SC:H/SI:H/SA:H"),
                    List.of("SC:L/SI:L/SA:L")),
            5, List.of(
                    List.of("E:A"),
                    List.of("E:P"),
                    List.of("E:U")));

    /** Highest-severity partial vectors of EQ3 and EQ6 together, keyed by "EQ3EQ6" ("21": EQ3 2, EQ6 1). */
    private static final Map<String, List<String>> HIGHEST_EQ3_EQ6 = Map.of(
            "00", List.of("VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"),
            "01", List.of("VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"),
            "10", List.of("VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"),
            "11", List.of("VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M",
                    "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H",
                    "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"),
            "21", List.of("VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"));

    /** Depth of each class (its maximal severity distance, plus one), in steps of 0.1. */
    private static final Map<Integer, int[]> DEPTH = Map.of(
            1, new int[] {1, 4, 5},
            2, new int[] {1, 2},
            4, new int[] {6, 5, 4},
            5, new int[] {1, 1, 1});
    private static final Map<String, Integer> DEPTH_EQ3_EQ6 = Map.of(
            "00", 7, "01", 6, "10", 8, "11", 8, "21", 10);

    private final int[] eq;

    private CvssV4MacroVector(int[] eq) {
        this.eq = eq;
    }

    /** The MacroVector of effective metric values (every metric the equivalence classes read must be present). */
    static CvssV4MacroVector of(Map<String, String> m) {
        return new CvssV4MacroVector(new int[] {eq1(m), eq2(m), eq3(m), eq4(m), eq5(m), eq6(m)});
    }

    private static int eq1(Map<String, String> m) {
        boolean av = is(m, "AV", "N");
        boolean pr = is(m, "PR", "N");
        boolean ui = is(m, "UI", "N");
        if (av && pr && ui) {
            return 0;
        }
        return (av || pr || ui) && !is(m, "AV", "P") ? 1 : 2;
    }

    private static int eq2(Map<String, String> m) {
        return is(m, "AC", "L") && is(m, "AT", "N") ? 0 : 1;
    }

    private static int eq3(Map<String, String> m) {
        if (is(m, "VC", "H") && is(m, "VI", "H")) {
            return 0;
        }
        return is(m, "VC", "H") || is(m, "VI", "H") || is(m, "VA", "H") ? 1 : 2;
    }

    private static int eq4(Map<String, String> m) {
        if (is(m, "SI", "S") || is(m, "SA", "S")) {
            return 0;
        }
        return is(m, "SC", "H") || is(m, "SI", "H") || is(m, "SA", "H") ? 1 : 2;
    }

    private static int eq5(Map<String, String> m) {
        return is(m, "E", "A") ? 0 : is(m, "E", "P") ? 1 : 2;
    }

    private static int eq6(Map<String, String> m) {
        boolean high = (is(m, "CR", "H") && is(m, "VC", "H")) || (is(m, "IR", "H") && is(m, "VI", "H"))
                || (is(m, "AR", "H") && is(m, "VA", "H"));
        return high ? 0 : 1;
    }

    private static boolean is(Map<String, String> m, String metric, String value) {
        return value.equals(m.get(metric));
    }

    /** The lookup key, e.g. {@code 002201}. */
    String key() {
        StringBuilder key = new StringBuilder(6);
        for (int level : eq) {
            key.append(level);
        }
        return key.toString();
    }

    /** The key of this MacroVector with EQn ({@code n} 1-6) one level less severe; it may not exist in the table. */
    String lower(int... eqNumbers) {
        int[] levels = eq.clone();
        for (int n : eqNumbers) {
            levels[n - 1]++;
        }
        return new CvssV4MacroVector(levels).key();
    }

    int level(int eqNumber) {
        return eq[eqNumber - 1];
    }

    /** Highest-severity partial vectors of EQ1, EQ2, EQ4 or EQ5 ({@code eqNumber}) at this MacroVector's level. */
    List<String> highest(int eqNumber) {
        return HIGHEST.get(eqNumber).get(level(eqNumber));
    }

    /** Highest-severity partial vectors of EQ3 and EQ6 together at this MacroVector's levels. */
    List<String> highestEq3Eq6() {
        return HIGHEST_EQ3_EQ6.get("" + level(3) + level(6));
    }

    /** Depth of EQ1, EQ2, EQ4 or EQ5 at this MacroVector's level, in steps. */
    int depth(int eqNumber) {
        return DEPTH.get(eqNumber)[level(eqNumber)];
    }

    /** Depth of EQ3 and EQ6 together at this MacroVector's levels, in steps. */
    int depthEq3Eq6() {
        return DEPTH_EQ3_EQ6.get("" + level(3) + level(6));
    }

    @Override
    public String toString() {
        return key();
    }
}
