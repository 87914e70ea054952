package dev.drydock.core.vuln.ignore;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IgnoreFileTest {

    private static final String TRIVYIGNORE = """
            # Accepted until the upgrade ships
            CVE-2021-44228 exp:2099-12-31

              GHSA-35jh-r3h4-6jhm   # template is never called
            CVE-2020-8203 exp:2020-01-01
            CVE-2023-4911 exp:2024-31-12
            """;

    private final IgnoreFile file = IgnoreFile.parse(".trivyignore", TRIVYIGNORE);

    @Test
    void readsIdsExpiriesAndLinesSkippingCommentsAndBlanks() {
        assertThat(file.entries()).containsExactly(
                new IgnoreEntry("CVE-2021-44228", Optional.of(LocalDate.of(2099, 12, 31)), 2),
                new IgnoreEntry("GHSA-35jh-r3h4-6jhm", Optional.empty(), 4),
                new IgnoreEntry("CVE-2020-8203", Optional.of(LocalDate.of(2020, 1, 1)), 5));
    }

    @Test
    void aLineWithAnUnreadableDateIsSkippedAndReported() {
        assertThat(file.problems()).singleElement().asString()
                .contains(".trivyignore line 6", "2024-31-12", "exp:YYYY-MM-DD");
    }

    @Test
    void anEntryExpiresWhenItsDateBeginsInUtc() {
        IgnoreEntry entry = new IgnoreEntry("CVE-2021-44228", Optional.of(LocalDate.of(2024, 6, 1)), 1);

        assertThat(entry.isExpired(Instant.parse("2024-05-31T23:59:59Z"))).isFalse();
        assertThat(entry.isExpired(Instant.parse("2024-06-01T00:00:01Z"))).isTrue();
        assertThat(new IgnoreEntry("CVE-2021-44228", Optional.empty(), 1).isExpired(Instant.MAX)).isFalse();
    }

    @Test
    void onlyUnexpiredEntriesSuppressAndIdsAreComparedIgnoringCase() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        assertThat(file.suppressing(List.of("CVE-2021-44228", "GHSA-jfh8-c2jp-5v3q"), now)).isPresent();
        assertThat(file.suppressing(List.of("CVE-2021-23337", "ghsa-35jh-r3h4-6jhm"), now)).isPresent();
        assertThat(file.suppressing(List.of("CVE-2020-8203"), now)).isEmpty();
        assertThat(file.expired(now)).extracting(IgnoreEntry::id).containsExactly("CVE-2020-8203");
    }
}
