package dev.drydock.core.vuln.cvss;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Rounding as the v3.0 and v3.1 specifications define it. */
class CvssV3Test {

    @ParameterizedTest(name = "v3.1 rounds {0} up to {1}")
    @CsvSource({
        // The specifications' own examples (v3.0 section 7.4, v3.1 Appendix A).
        "4.02, 4.1",
        "4.00, 4.0",
        // Binary floating point leaves 4.000000000000001 where decimal arithmetic gives 4.0: v3.1 says 4.0.
        "4.000000000000001, 4.0",
        "0.0, 0.0",
        "9.99, 10.0",
        "10.0, 10.0",
        "7.460014, 7.5",
        "6.90000000000001, 6.9",
        "6.9001, 7.0",
    })
    void v31RoundsUpWithTheIntegerMethod(double input, double expected) {
        assertThat(CvssV3.roundUpV31(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "v3.0 rounds {0} up to {1}")
    @CsvSource({
        "4.02, 4.1",
        "4.00, 4.0",
        // v3.0 has no guard against floating-point noise: the smallest one-decimal number not below the input.
        "4.000000000000001, 4.1",
        "9.99, 10.0",
    })
    void v30RoundsUpPlainly(double input, double expected) {
        assertThat(CvssV3.roundUpV30(input)).isEqualTo(expected);
    }
}
