package dev.drydock.core.audit.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each range of the bundled table: affected just below the fix, clean at the fix. */
class EscapeCveBoundariesTest {

    private static final EscapeCveTable TABLE = EscapeCveTable.bundled();

    private static boolean affects(String cveId, RuntimeComponent component, String version) {
        EscapeCve cve = TABLE.cves().stream().filter(c -> c.id().equals(cveId)).findFirst().orElseThrow();
        return cve.affecting(component, ComponentVersion.of(version)).isPresent();
    }

    @ParameterizedTest(name = "{0} {1}: affected {2}, clean {3}")
    @CsvSource({
            "CVE-2019-5736,  RUNC,          1.0.0-rc6,  1.0.0-rc7",
            "CVE-2019-5736,  DOCKER_ENGINE, 18.09.1,    18.09.2",
            "CVE-2024-21626, RUNC,          1.1.11,     1.1.12",
            "CVE-2020-15257, CONTAINERD,    1.3.8,      1.3.9",
            "CVE-2020-15257, CONTAINERD,    1.4.2,      1.4.3",
            "CVE-2019-14271, DOCKER_ENGINE, 19.03.0,    19.03.1",
            "CVE-2022-0185,  KERNEL,        5.16.1,     5.16.2",
            "CVE-2022-0847,  KERNEL,        5.16.10,    5.16.11",
            "CVE-2022-0847,  KERNEL,        5.15.24,    5.15.25",
            "CVE-2022-0847,  KERNEL,        5.10.101,   5.10.102",
            "CVE-2021-31440, KERNEL,        5.12.19,    5.13",
    })
    void affectedJustBelowTheFixAndCleanAtIt(String cve, RuntimeComponent component, String below, String fixed) {
        assertThat(affects(cve, component, below)).isTrue();
        assertThat(affects(cve, component, fixed)).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} {2} is before the affected range")
    @CsvSource({
            "CVE-2024-21626, RUNC,       1.0.0-rc92",
            "CVE-2022-0847,  KERNEL,     5.7.19",
            "CVE-2022-0185,  KERNEL,     5.0.21",
            "CVE-2021-31440, KERNEL,     5.6.19",
            "CVE-2019-14271, DOCKER_ENGINE, 18.09.9",
    })
    void versionsBeforeTheBugAreClean(String cve, RuntimeComponent component, String version) {
        assertThat(affects(cve, component, version)).isFalse();
    }

    @Test
    void dirtyPipeCoversTheBranchesThatNeverGotAFix() {
        assertThat(affects("CVE-2022-0847", RuntimeComponent.KERNEL, "5.12.0")).isTrue();
        assertThat(affects("CVE-2022-0847", RuntimeComponent.KERNEL, "5.10.102")).isFalse();
        assertThat(affects("CVE-2022-0847", RuntimeComponent.KERNEL, "5.11.0")).isTrue();
    }

    @Test
    void everyEntryHasAnIdASummaryAFixAndASource() {
        assertThat(TABLE.cves()).hasSizeGreaterThanOrEqualTo(7).allSatisfy(cve -> {
            assertThat(cve.id()).matches("CVE-\\d{4}-\\d{4,}");
            assertThat(cve.summary()).isNotBlank();
            assertThat(cve.fixedIn()).isNotBlank();
            assertThat(cve.source()).startsWith("https://");
            assertThat(cve.affected()).isNotEmpty();
        });
    }
}
