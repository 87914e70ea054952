package dev.drydock.core.image.analyzers.os;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.OsReleaseFact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.drydock.core.image.analyzers.RecordingFactSink.file;
import static dev.drydock.core.image.analyzers.RecordingFactSink.run;
import static org.assertj.core.api.Assertions.assertThat;

class OsReleaseAnalyzerTest {

    private final OsReleaseAnalyzer analyzer = new OsReleaseAnalyzer();

    /** Debian 12's file as the debian:12 image ships it. */
    private static final String DEBIAN_12 = """
            PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
            NAME="Debian GNU/Linux"
            VERSION_ID="12"
            VERSION="12 (bookworm)"
            VERSION_CODENAME=bookworm
            ID=debian
            HOME_URL="https://www.debian.org/"
            """;

    @Test
    void readsOsRelease() {
        RecordingFactSink sink = run(analyzer, "usr/lib/os-release", DEBIAN_12);

        assertThat(sink.osReleases).containsExactly(new OsReleaseFact("debian", "", "12", "bookworm",
                "Debian GNU/Linux 12 (bookworm)", "usr/lib/os-release"));
    }

    @Test
    void readsIdLikeAndSingleQuotesAndEscapes() {
        RecordingFactSink sink = run(analyzer, "etc/os-release", """
                # comment
                NAME='Rocky Linux'
                ID="rocky"
                ID_LIKE="rhel centos fedora"
                VERSION_ID="9.3"
                PRETTY_NAME="Rocky \\"Blue Onyx\\" 9.3"
                """);

        OsReleaseFact fact = sink.osReleases.get(0);
        assertThat(fact.id()).isEqualTo("rocky");
        assertThat(fact.idLike()).isEqualTo("rhel centos fedora");
        assertThat(fact.versionId()).isEqualTo("9.3");
        assertThat(fact.prettyName()).isEqualTo("Rocky \"Blue Onyx\" 9.3");
    }

    @Test
    void readsTheOlderReleaseFiles() {
        assertThat(run(analyzer, "etc/alpine-release", "3.20.3\n").osReleases.get(0))
                .extracting(OsReleaseFact::id, OsReleaseFact::versionId).containsExactly("alpine", "3.20.3");
        assertThat(run(analyzer, "etc/debian_version", "11.9\n").osReleases.get(0))
                .extracting(OsReleaseFact::id, OsReleaseFact::versionId).containsExactly("debian", "11.9");
        assertThat(run(analyzer, "etc/debian_version", "trixie/sid\n").osReleases.get(0))
                .extracting(OsReleaseFact::versionId, OsReleaseFact::versionCodename).containsExactly("", "trixie");
        assertThat(run(analyzer, "etc/redhat-release", "Red Hat Enterprise Linux release 8.9 (Ootpa)\n").osReleases.get(0))
                .extracting(OsReleaseFact::id, OsReleaseFact::versionId, OsReleaseFact::versionCodename)
                .containsExactly("rhel", "8.9", "Ootpa");
        assertThat(run(analyzer, "etc/redhat-release", "CentOS Linux release 7.9.2009 (Core)").osReleases.get(0))
                .extracting(OsReleaseFact::id, OsReleaseFact::versionId).containsExactly("centos", "7.9.2009");
        assertThat(run(analyzer, "etc/system-release", "Amazon Linux release 2 (Karoo)\n").osReleases.get(0))
                .extracting(OsReleaseFact::id, OsReleaseFact::versionId).containsExactly("amzn", "2");
        assertThat(run(analyzer, "etc/system-release", "Amazon Linux AMI release 2018.03\n").osReleases.get(0))
                .extracting(OsReleaseFact::id, OsReleaseFact::versionId).containsExactly("amzn", "2018.03");
    }

    @Test
    void notesAFileThatNamesNoRelease() {
        RecordingFactSink sink = run(analyzer, "etc/alpine-release", "\u0000\u0001garbage");

        assertThat(sink.osReleases).isEmpty();
        assertThat(sink.notes).singleElement().asString().startsWith("etc/alpine-release: does not name");
    }

    @Test
    void wantsOnlyTheReleaseFiles() {
        assertThat(analyzer.wants(file("etc/os-release", 10))).isTrue();
        assertThat(analyzer.wants(file("etc/os-release.bak", 10))).isFalse();
        assertThat(analyzer.wants(file("opt/etc/os-release", 10))).isFalse();
    }

    @Test
    void prefersEtcOsReleaseOverTheFallbacks() {
        OsReleaseFact version = new OsReleaseFact("debian", "", "12.5", "", "", "etc/debian_version");
        OsReleaseFact usrLib = new OsReleaseFact("debian", "", "12", "bookworm", "", "usr/lib/os-release");
        OsReleaseFact etc = new OsReleaseFact("debian", "", "12", "bookworm", "", "etc/os-release");

        assertThat(OsReleaseAnalyzer.preferred(List.of(version, usrLib, etc))).contains(etc);
        assertThat(OsReleaseAnalyzer.preferred(List.of(version, usrLib))).contains(usrLib);
        assertThat(OsReleaseAnalyzer.preferred(List.of())).isEmpty();
    }
}
