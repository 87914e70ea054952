package dev.drydock.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"error,ERROR", "Warning,WARNING", " INFO ,INFO", "style,STYLE", "none,NONE", "ignore,NONE"})
    void parsesWhatUsersWrite(String text, Severity expected) {
        assertThat(Severity.parse(text)).contains(expected);
    }

    @Test
    void unknownTextIsNoSeverity() {
        assertThat(Severity.parse("fatal")).isEmpty();
        assertThat(Severity.parse(null)).isEqualTo(Optional.empty());
    }

    @Test
    void errorIsMostSerious() {
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.STYLE.isAtLeast(Severity.INFO)).isFalse();
        assertThat(Severity.INFO.isAtLeast(Severity.INFO)).isTrue();
    }

    @Test
    void reachingAThreshold() {
        assertThat(Severity.WARNING.reaches(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.reaches(Severity.WARNING)).isFalse();
        assertThat(Severity.ERROR.reaches(Severity.NONE)).as("threshold none never fails").isFalse();
        assertThat(Severity.NONE.reaches(Severity.STYLE)).isFalse();
    }
}
