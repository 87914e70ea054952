package dev.drydock.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HumanUnitsTest {

    @ParameterizedTest
    @CsvSource({
        "0, Less than a second",
        "1, 1 second",
        "59, 59 seconds",
        "60, About a minute",
        "119, About a minute",
        "120, 2 minutes",
        "3599, 59 minutes",
        "3600, About an hour",
        "5399, About an hour",
        "5400, 2 hours",
        "169200, 47 hours",
        "171000, 2 days",
        "172800, 2 days",
        "1209600, 2 weeks",
        "5184000, 2 months",
        "63072000, 2 years"
    })
    void writesDurationsLikeTheDockerCli(long seconds, String expected) {
        assertThat(HumanUnits.duration(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }

    @Test
    void agoAddsTheSuffixAndLeavesUnknownTimesEmpty() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        assertThat(HumanUnits.ago(now.minusSeconds(300), now)).isEqualTo("5 minutes ago");
        assertThat(HumanUnits.ago(null, now)).isEmpty();
        assertThat(HumanUnits.ago(Instant.EPOCH, now)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0B",
        "512, 512B",
        "1000, 1kB",
        "1234, 1.23kB",
        "4860000, 4.86MB",
        "77800000, 77.8MB",
        "1500000000, 1.5GB"
    })
    void writesSizesInDecimalUnitsWithThreeDigits(long bytes, String expected) {
        assertThat(HumanUnits.size(bytes)).isEqualTo(expected);
    }

    @Test
    void writesMemoryInBinaryUnits() {
        assertThat(HumanUnits.binarySize(25_163_210_752L)).isEqualTo("23.44GiB");
        assertThat(HumanUnits.binarySize(1024)).isEqualTo("1KiB");
    }
}
