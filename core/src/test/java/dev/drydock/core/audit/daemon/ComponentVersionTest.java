package dev.drydock.core.audit.daemon;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentVersionTest {

    @ParameterizedTest
    @CsvSource({
            "1.0.0-rc6, 1.0-rc7",
            "1.0-rc7, 1.0.0",
            "1.0.0-rc92, 1.0.0-rc93",
            "1.0.0-rc93, 1.0.0",
            "1.1.11, 1.1.12",
            "18.09.1, 18.09.2",
            "5.15.0-91-generic, 5.15.25",
            "5.10.101, 5.10.102",
            "v1.6.20, 1.6.21",
            "20.10.24+dfsg1, 20.10.25",
            "1.6.20~ds1, 1.6.21",
    })
    void ordersOlderBeforeNewer(String older, String newer) {
        assertThat(ComponentVersion.of(older).isBefore(ComponentVersion.of(newer))).isTrue();
        assertThat(ComponentVersion.of(newer).isBefore(ComponentVersion.of(older))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"5.16, 5.16.0", "6.1.0-18-amd64, 6.1", "1.1.5+ds1, 1.1.5"})
    void comparesOnlyTheUpstreamNumbers(String left, String right) {
        assertThat(ComponentVersion.of(left).compareTo(ComponentVersion.of(right))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.5+ds1", "1.6.20~ds1", "20.10.24+dfsg1", "5.15.0-91-generic", "6.1.0-18-amd64"})
    void distributionSuffixesAreNoticed(String text) {
        assertThat(ComponentVersion.of(text).distributionBuild()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.12", "v1.7.0", "1.0.0-rc93", "27.3.1"})
    void upstreamVersionsAreNotDistributionBuilds(String text) {
        assertThat(ComponentVersion.of(text).distributionBuild()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dev", "unknown-1.2", "99999999999.1"})
    void unreadableTextIsEmpty(String text) {
        assertThat(ComponentVersion.parse(text)).isEmpty();
    }
}
