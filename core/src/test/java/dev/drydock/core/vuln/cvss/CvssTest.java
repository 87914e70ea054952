package dev.drydock.core.vuln.cvss;

import dev.drydock.core.vuln.VulnerabilitySeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CvssTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvFileSource(resources = "/vuln/cvss/v3-base-scores.csv")
    void scoresV3VectorsAsPublished(String vector, double expected) {
        CvssScore score = Cvss.parseStrict(vector);

        assertThat(score.baseScore()).isEqualTo(expected);
        assertThat(score.version()).isEqualTo(vector.substring("CVSS:".length(), "CVSS:3.x".length()));
        assertThat(score.vector()).isEqualTo(vector);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvFileSource(resources = "/vuln/cvss/v4-base-scores.csv")
    void scoresV4VectorsAsFirstsCalculatorDoes(String vector, double expected) {
        CvssScore score = Cvss.parseStrict(vector);

        assertThat(score.baseScore()).isEqualTo(expected);
        assertThat(score.version()).isEqualTo("4.0");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvFileSource(resources = "/vuln/cvss/v2-base-scores.csv")
    void scoresV2VectorsAsNvdDoes(String vector, double expected) {
        CvssScore score = Cvss.parseStrict(vector);

        assertThat(score.baseScore()).isEqualTo(expected);
        assertThat(score.version()).isEqualTo("2.0");
    }

    @Test
    void readsNvdsParenthesisedV2Form() {
        assertThat(Cvss.parseStrict("(AV:N/AC:L/Au:N/C:P/I:N/A:N)").baseScore()).isEqualTo(5.0);
    }

    @ParameterizedTest(name = "{0} scores like its base metrics alone")
    @CsvSource(delimiter = '|', value = {
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U | CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/CR:L/IR:L/AR:L/MAV:P/MAC:H/MPR:H/MUI:R/MS:U/MC:N/MI:N/MA:N"
            + " | CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/E:X/RL:X/RC:X | CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:N/E:U/CR:L/MAV:P/MSI:S"
            + " | CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:N",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:P/AU:Y/R:I/V:C/RE:H/U:Red"
            + " | CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
        "AV:N/AC:L/Au:N/C:P/I:P/A:P/E:U/RL:OF/RC:UC/CDP:H/TD:N/CR:H/IR:H/AR:H | AV:N/AC:L/Au:N/C:P/I:P/A:P",
    })
    void acceptsTemporalThreatAndEnvironmentalMetricsButScoresTheBase(String full, String base) {
        assertThat(Cvss.parseStrict(full).baseScore()).isEqualTo(Cvss.parseStrict(base).baseScore());
        assertThat(Cvss.parseStrict(full).vector()).isEqualTo(full);
    }

    @Test
    void takesMetricsInAnyOrder() {
        assertThat(Cvss.parseStrict("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:H/AC:L/AV:N").baseScore()).isEqualTo(7.2);
        assertThat(Cvss.parseStrict("CVSS:4.0/SA:N/SI:N/SC:N/VA:H/VI:H/VC:H/UI:N/PR:N/AT:N/AC:L/AV:N").baseScore()).isEqualTo(9.3);
    }

    @Test
    void ignoresSurroundingBlanks() {
        CvssScore score = Cvss.parseStrict("  CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n");

        assertThat(score.baseScore()).isEqualTo(9.8);
        assertThat(score.vector()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    }

    @ParameterizedTest(name = "{0} is rated {1}")
    @CsvSource(delimiter = '|', value = {
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H | CRITICAL",
        "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H | HIGH",
        "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H | MEDIUM",
        "CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:U/C:L/I:N/A:N | LOW",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N | NONE",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | CRITICAL",
        "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:N/SC:L/SI:N/SA:N | LOW",
        "AV:N/AC:L/Au:N/C:C/I:C/A:C | HIGH",
        "AV:N/AC:L/Au:N/C:P/I:N/A:N | MEDIUM",
    })
    void ratesTheBaseScore(String vector, VulnerabilitySeverity expected) {
        assertThat(Cvss.parseStrict(vector).severity()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is no vector")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "HIGH", "7.5", "CVSS", "CVSS:3.1", "CVSS:3.1/", "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:X"})
    void parseIsEmptyForTextThatIsNoValidVector(String text) {
        assertThat(Cvss.parse(text)).isEmpty();
    }

    @Test
    void parseGivesTheScoreOfAValidVector() {
        assertThat(Cvss.parse("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H"))
                .map(CvssScore::baseScore).contains(7.4);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | it has no version prefix; CVSS v3 and v4 vectors start with CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/",
        "CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | the prefix CVSS:3.2 names no supported version",
        "CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P | the prefix CVSS:2.0 names no supported version",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y | CVSS 3.1 has no metric XX",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:C | metric S has value C, but CVSS 4.0 allows only X, N, P",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q | metric A has value Q, but CVSS 3.1 allows only H, L, N",
        "CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | metric AV has value n, but CVSS 3.1 allows only N, A, L, P",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H | the mandatory base metrics S, A are missing",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N | the mandatory base metric SA is missing",
        "AV:N/AC:L/Au:N/C:P/I:P | the mandatory base metric A is missing",
        "CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | metric AV appears more than once",
        "CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | '' is not a NAME:VALUE metric",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ | '' is not a NAME:VALUE metric",
        "CVSS:3.1/AV:N/AC/PR:N/UI:N/S:U/C:H/I:H/A:H | 'AC' is not a NAME:VALUE metric",
        "CVSS:3.1/AV:N:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | 'AV:N:L' is not a NAME:VALUE metric",
        "CVSS:3.1 | it has no metrics",
    })
    void parseStrictSaysWhatIsWrong(String vector, String reason) {
        assertThatThrownBy(() -> Cvss.parseStrict(vector))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a valid CVSS vector \"" + vector + "\": ")
                .hasMessageContaining(reason)
                .hasMessageContaining("Use the vector exactly as the advisory publishes it");
    }

    @Test
    void parseStrictRefusesNothing() {
        assertThatThrownBy(() -> Cvss.parseStrict(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No CVSS vector was given");
        assertThatThrownBy(() -> Cvss.parseStrict(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the text is empty");
    }
}
