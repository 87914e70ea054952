package dev.drydock.core.vuln.match;

import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.vuln.Ecosystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which OSV release scopes an image's os-release covers: os id, VERSION_ID, OSV ecosystem, covered? */
class DistroReleaseTest {

    private static DistroRelease of(String id, String versionId) {
        return DistroRelease.of(new OsReleaseFact(id, "", versionId, "", "", "etc/os-release")).orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1} covers {2}: {3}")
    @CsvSource({
            "debian, 12, Debian:12, true",
            "debian, 12, Debian:11, false",
            "debian, 12, Debian, true",
            "ubuntu, 22.04, Ubuntu:22.04:LTS, true",
            "ubuntu, 22.04, Ubuntu:22.04, true",
            "ubuntu, 22.04, Ubuntu:Pro:22.04:LTS, true",
            "ubuntu, 22.04, Ubuntu:20.04:LTS, false",
            "ubuntu, 22.04, Ubuntu:Pro:FIPS:22.04:LTS, false",
            "alpine, 3.19.1, Alpine:v3.19, true",
            "alpine, 3.19.1, Alpine:v3.18, false",
            "alpine, 3.19.1, Alpine:v3.1, false",
            "rhel, 9.3, Red Hat:enterprise_linux:9::appstream, true",
            "rhel, 9.3, Red Hat:rhel_eus:9.2::baseos, true",
            "rhel, 9.3, Red Hat:enterprise_linux:8::baseos, false",
            "almalinux, 9.3, AlmaLinux:9, true",
            "almalinux, 9.3, AlmaLinux:8, false",
            "rocky, 8.9, Rocky Linux:8, true",
    })
    void coversTheReleaseScope(String id, String versionId, String osvEcosystem, boolean covered) {
        DistroRelease release = of(id, versionId);

        assertThat(Ecosystem.ofOsv(osvEcosystem)).contains(release.ecosystem());
        assertThat(release.covers(Ecosystem.releaseOf(osvEcosystem))).isEqualTo(covered);
    }

    @Test
    void distributionsWithoutAdvisoriesOrVersionHaveNoRelease() {
        assertThat(DistroRelease.of(new OsReleaseFact("centos", "rhel fedora", "7", "", "", "etc/os-release"))).isEmpty();
        assertThat(DistroRelease.of(new OsReleaseFact("debian", "", "", "trixie", "", "etc/os-release"))).isEmpty();
    }
}
