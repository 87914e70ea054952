package dev.drydock.core.image.analyzers.os;

import dev.drydock.core.image.scan.OsReleaseFact;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OsEndOfLifeTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static OsReleaseFact os(String id, String versionId) {
        return new OsReleaseFact(id, "", versionId, "", "", "etc/os-release");
    }

    @Test
    void anEndedReleaseSaysWhenAndItsLongTermSupport() {
        EndOfLifeStatus status = OsEndOfLife.of(os("debian", "10"), TODAY);

        assertThat(status.state()).isEqualTo(EndOfLifeStatus.State.ENDED);
        assertThat(status.endOfLife()).contains(LocalDate.of(2022, 9, 10));
        assertThat(status.describe()).isEqualTo("Debian 10 (buster) reached its end of life on 2022-09-10."
                + " Long-term support runs until 2024-06-30.");
    }

    @Test
    void aSupportedReleaseSaysUntilWhen() {
        EndOfLifeStatus status = OsEndOfLife.of(os("rhel", "9.4"), TODAY);

        assertThat(status.state()).isEqualTo(EndOfLifeStatus.State.SUPPORTED);
        assertThat(status.describe()).isEqualTo("Red Hat Enterprise Linux 9 is supported until 2032-05-31.");
    }

    @Test
    void theEndDayItselfIsStillSupported() {
        OsReleaseFact alpine = os("alpine", "3.16.9");

        assertThat(OsEndOfLife.of(alpine, LocalDate.of(2024, 5, 23)).state()).isEqualTo(EndOfLifeStatus.State.SUPPORTED);
        assertThat(OsEndOfLife.of(alpine, LocalDate.of(2024, 5, 24)).state()).isEqualTo(EndOfLifeStatus.State.ENDED);
    }

    @Test
    void versionsMatchAtDotsOnly() {
        assertThat(OsEndOfLife.of(os("amzn", "2023"), TODAY).release()).isEqualTo("Amazon Linux 2023");
        assertThat(OsEndOfLife.of(os("amzn", "2"), TODAY).release()).isEqualTo("Amazon Linux 2");
        assertThat(OsEndOfLife.of(os("alpine", "3.1"), TODAY).state()).isEqualTo(EndOfLifeStatus.State.UNKNOWN);
    }

    @Test
    void aMonthOnlyDateIsTheLastDayOfTheMonth() {
        assertThat(OsEndOfLife.of(os("ubuntu", "16.04"), TODAY).endOfLife()).contains(LocalDate.of(2021, 4, 30));
    }

    @Test
    void aCodenameAloneFindsTheRelease() {
        OsReleaseFact stretch = new OsReleaseFact("debian", "", "", "stretch", "", "etc/debian_version");

        assertThat(OsEndOfLife.of(stretch, TODAY).release()).isEqualTo("Debian 9 (stretch)");
    }

    @Test
    void aReleaseWithoutAnnouncedEndIsSupported() {
        EndOfLifeStatus status = OsEndOfLife.of(os("ubuntu", "24.04"), TODAY);

        assertThat(status.state()).isEqualTo(EndOfLifeStatus.State.SUPPORTED);
        assertThat(status.endOfLife()).isEmpty();
        assertThat(status.describe()).contains("no end of life was announced as of " + OsEndOfLife.tableValidOn());
    }

    @Test
    void unknownDistributionsAndNewerReleasesAreUnknownNotSupported() {
        OsReleaseFact future = new OsReleaseFact("debian", "", "14", "forky", "Debian GNU/Linux 14 (forky)", "etc/os-release");

        EndOfLifeStatus status = OsEndOfLife.of(future, TODAY);

        assertThat(status.state()).isEqualTo(EndOfLifeStatus.State.UNKNOWN);
        assertThat(status.describe()).startsWith("The end of life of Debian GNU/Linux 14 (forky) is not known");
        assertThat(OsEndOfLife.of(os("gentoo", "2.15"), TODAY).state()).isEqualTo(EndOfLifeStatus.State.UNKNOWN);
    }

    @Test
    void theBuiltInTableSaysWhenItIsValid() {
        assertThat(OsEndOfLife.tableValidOn()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void aTableWithoutValidityDateOrWithABadRowIsRejected() {
        assertThatThrownBy(() -> parse("debian\t12\tbookworm\t2026-06-10\t-\tDebian 12\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("valid-on");
        assertThatThrownBy(() -> parse("# valid-on: 2025-01-01\ndebian\t12\t2026-06-10\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2 has 3 columns");
    }

    @Test
    void aSuppliedTableIsUsedAsGiven() throws IOException {
        OsEndOfLife table = parse("# valid-on: 2030-01-01\ndebian\t13\ttrixie\t2028-08-09\t-\tDebian 13\n");

        assertThat(table.lookUp(os("debian", "13.1"), LocalDate.of(2029, 1, 1)).state())
                .isEqualTo(EndOfLifeStatus.State.ENDED);
    }

    private static OsEndOfLife parse(String text) throws IOException {
        return OsEndOfLife.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
