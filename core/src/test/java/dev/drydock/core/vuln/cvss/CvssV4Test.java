package dev.drydock.core.vuln.cvss;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CvssV4Test {

    @Test
    void lookupHoldsOneScoreForEveryPossibleMacroVector() {
        Set<String> possible = new HashSet<>();
        for (int eq1 = 0; eq1 <= 2; eq1++) {
            for (int eq2 = 0; eq2 <= 1; eq2++) {
                for (int eq3 = 0; eq3 <= 2; eq3++) {
                    for (int eq4 = 0; eq4 <= 2; eq4++) {
                        for (int eq5 = 0; eq5 <= 2; eq5++) {
                            for (int eq6 = 0; eq6 <= 1; eq6++) {
                                if (!(eq3 == 2 && eq6 == 0)) { // EQ3 2 (no high impact) rules out EQ6 0
                                    possible.add("" + eq1 + eq2 + eq3 + eq4 + eq5 + eq6);
                                }
                            }
                        }
                    }
                }
            }
        }

        assertThat(CvssV4Lookup.all()).hasSize(270);
        assertThat(CvssV4Lookup.all().keySet()).isEqualTo(possible);
        assertThat(CvssV4Lookup.all().values()).allSatisfy(score -> assertThat(score).isBetween(0.1, 10.0));
        assertThat(CvssV4Lookup.score("000000")).isEqualTo(10.0);
        assertThat(CvssV4Lookup.score("212221")).isEqualTo(0.1);
        assertThat(CvssV4Lookup.score("002000")).isNaN();
    }

    @ParameterizedTest(name = "{0} lies in MacroVector {1}")
    @CsvSource(delimiter = '|', value = {
        "AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | 000200",
        "AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H | 000100",
        "AV:A/AC:H/AT:N/PR:N/UI:N/VC:H/VI:L/VA:L/SC:L/SI:N/SA:N | 111200",
        "AV:P/AC:L/AT:P/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L | 212201",
        "AV:L/AC:L/AT:N/PR:L/UI:P/VC:N/VI:N/VA:H/SC:N/SI:H/SA:N | 201100",
    })
    void sortsBaseVectorsIntoTheirEquivalenceClasses(String metrics, String macroVector) {
        Map<String, String> effective = CvssVectorText.split("CVSS:4.0/" + metrics + "/E:A/CR:H/IR:H/AR:H").metrics();

        assertThat(CvssV4MacroVector.of(effective).key()).isEqualTo(macroVector);
    }

    @Test
    void followsFirstsCalculatorWhereExactArithmeticWouldRoundTheOtherWay() {
        // MacroVector 112101 (5.8): EQ1 lies 3 of 4 steps deep, so the mean distance is 3.4 * 0.75 / 3 = 0.85
        // and the exact score 4.95. FIRST's calculator counts distances in binary tenths, gets 4.9499...,
        // and publishes 4.9 (as Red Hat's port does); ports that count in whole steps print 5.0.
        assertThat(Cvss.parseStrict("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:H/SI:H/SA:H").baseScore())
                .isEqualTo(4.9);
    }

    @Test
    void scoresEveryBaseVectorWithinTheScale() {
        List<String> vectors = new ArrayList<>(List.of("CVSS:4.0"));
        String[][] metrics = {
            {"AV", "N", "A", "L", "P"}, {"AC", "L", "H"}, {"AT", "N", "P"}, {"PR", "N", "L", "H"}, {"UI", "N", "P", "A"},
            {"VC", "H", "L", "N"}, {"VI", "H", "L", "N"}, {"VA", "H", "L", "N"},
            {"SC", "H", "L", "N"}, {"SI", "H", "L", "N"}, {"SA", "H", "L", "N"},
        };
        for (String[] metric : metrics) {
            List<String> longer = new ArrayList<>();
            for (String prefix : vectors) {
                for (int i = 1; i < metric.length; i++) {
                    longer.add(prefix + "/" + metric[0] + ":" + metric[i]);
                }
            }
            vectors = longer;
        }

        assertThat(vectors).hasSize(104_976);
        List<String> offScale = new ArrayList<>();
        for (String vector : vectors) {
            double score = Cvss.parseStrict(vector).baseScore();
            if (score * 10 != Math.rint(score * 10) || score < 0.0 || score > 10.0) {
                offScale.add(vector + " = " + score);
            }
        }
        assertThat(offScale).isEmpty();
    }
}
