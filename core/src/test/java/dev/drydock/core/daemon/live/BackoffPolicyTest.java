package dev.drydock.core.daemon.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffPolicyTest {

    @ParameterizedTest(name = "retry {0} waits {1} s")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 30", "7, 30", "1000, 30"})
    void standardDoublesFromOneSecondUpToThirty(int attempt, long seconds) {
        assertThat(BackoffPolicy.standard().delayBefore(attempt)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void factorOneWaitsTheSameEveryTime() {
        assertThat(new BackoffPolicy(Duration.ofMillis(20), Duration.ofSeconds(1), 1).delayBefore(9)).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void fractionalFactor() {
        assertThat(new BackoffPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 1.5).delayBefore(3)).isEqualTo(Duration.ofMillis(225));
    }

    @Test
    void attemptsCountFromOne() {
        assertThatThrownBy(() -> BackoffPolicy.standard().delayBefore(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zeroFirstWaitIsRefused() {
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ZERO, Duration.ofSeconds(1), 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maximumBelowFirstWaitIsRefused() {
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shrinkingFactorIsRefused() {
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notANumberFactorIsRefused() {
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
