package dev.drydock.core.vuln.osv;

import dev.drydock.core.vuln.Ecosystem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.drydock.core.vuln.osv.OsvFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OsvParserTest {

    private final OsvParser parser = new OsvParser();

    @Test
    void readsLog4ShellAsGitHubPublishedIt() throws Exception {
        OsvRecord record = parser.parse(text(OsvFixtures.LOG4J));

        assertThat(record.id()).isEqualTo("GHSA-jfh8-c2jp-5v3q");
        assertThat(record.aliases()).containsExactly("CVE-2021-44228");
        assertThat(record.modified()).isEqualTo(Instant.parse("2022-03-25T20:56:18Z"));
        assertThat(record.published()).isEqualTo(Instant.parse("2021-12-10T00:40:56Z"));
        assertThat(record.isWithdrawn()).isFalse();
        assertThat(record.severity()).containsExactly(
                new OsvSeverity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"));
        assertThat(record.sourceSeverity()).isEqualTo("CRITICAL");
        assertThat(record.affected()).hasSize(3).allSatisfy(affected -> {
            assertThat(affected.ecosystem()).isEqualTo("Maven");
            assertThat(affected.name()).isEqualTo("org.apache.logging.log4j:log4j-core");
        });
        assertThat(record.affected()).extracting(a -> a.ranges().get(0).events()).containsExactly(
                List.of(new OsvEvent(OsvEvent.Kind.INTRODUCED, "2.13.0"), new OsvEvent(OsvEvent.Kind.FIXED, "2.15.0")),
                List.of(new OsvEvent(OsvEvent.Kind.INTRODUCED, "0"), new OsvEvent(OsvEvent.Kind.FIXED, "2.3.1")),
                List.of(new OsvEvent(OsvEvent.Kind.INTRODUCED, "2.4"), new OsvEvent(OsvEvent.Kind.FIXED, "2.12.2")));
        assertThat(record.references()).contains(new OsvReference("ADVISORY", "https://nvd.nist.gov/vuln/detail/CVE-2021-44228"));
    }

    @Test
    void readsAWithdrawnAdvisoryWithItsLastAffectedVersion() throws Exception {
        OsvRecord record = parser.parse(text(OsvFixtures.NETTY_WITHDRAWN));

        assertThat(record.isWithdrawn()).isTrue();
        assertThat(record.withdrawn()).isEqualTo(Instant.parse("2023-11-01T17:54:21Z"));
        assertThat(record.sourceSeverity()).isEqualTo("MODERATE");
        assertThat(record.affected().get(0).ranges().get(0).events()).containsExactly(
                new OsvEvent(OsvEvent.Kind.INTRODUCED, "4.1.0.Final"),
                new OsvEvent(OsvEvent.Kind.LAST_AFFECTED, "4.1.99.Final"));
    }

    @Test
    void readsDistributionRecordsWithTheirReleases() throws Exception {
        OsvRecord dsa = parser.parse(text(OsvFixtures.DEBIAN_LOG4J));
        assertThat(dsa.related()).containsExactly("CVE-2021-44228");
        assertThat(dsa.affected()).extracting(OsvAffected::ecosystem).containsExactly("Debian:10", "Debian:11");
        OsvAffected bullseye = dsa.affected().get(1);
        assertThat(bullseye.name()).isEqualTo("apache-log4j2");
        assertThat(bullseye.purl()).isEqualTo("pkg:deb/debian/apache-log4j2?arch=source");
        assertThat(bullseye.ranges().get(0).type()).isEqualTo(OsvRange.Type.ECOSYSTEM);
        assertThat(bullseye.ranges().get(0).events()).last().isEqualTo(new OsvEvent(OsvEvent.Kind.FIXED, "2.15.0-1~deb11u1"));

        OsvRecord alpine = parser.parse(text(OsvFixtures.ALPINE_ZLIB));
        assertThat(Ecosystem.ofOsv(alpine.affected().get(0).ecosystem())).contains(Ecosystem.ALPINE);
        assertThat(Ecosystem.releaseOf(alpine.affected().get(0).ecosystem())).isEqualTo("v3.16");
        assertThat(alpine.affected().get(0).ranges().get(0).events()).last()
                .isEqualTo(new OsvEvent(OsvEvent.Kind.FIXED, "1.2.12-r2"));
        assertThat(alpine.sourceSeverity()).isEmpty();
    }

    @Test
    void takesTheSourcesOwnSeverityWordsFromWhereEachSourcePutsThem() throws Exception {
        OsvRecord record = parser.parse("""
                {"id": "shape-test", "modified": "2024-01-02T03:04:05.123456Z", "schema_version": "1.6.0",
                 "severity": [{"type": "Ubuntu", "score": "medium"}],
                 "something_new": {"nested": [1, 2, 3]},
                 "affected": [
                   {"package": {"ecosystem": "Debian:12", "name": "curl"},
                    "ecosystem_specific": {"urgency": "not yet assigned"}, "database_specific": {"severity": "low"},
                    "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]},
                   {"package": {"ecosystem": "Debian:11", "name": "curl"}, "ecosystem_specific": {"urgency": "unimportant"}},
                   {"ranges": [{"type": "GIT", "repo": "https://example.org/x.git", "events": [{"introduced": "0"}]}]},
                   {"package": {"ecosystem": "crates.io", "name": "hyper"},
                    "ranges": [{"type": "FUTURE_TYPE", "events": [{"introduced": "0"}]}]}
                 ]}""");

        assertThat(record.modified()).isEqualTo(Instant.parse("2024-01-02T03:04:05.123456Z"));
        assertThat(record.sourceSeverity()).isEqualTo("medium");
        assertThat(record.affected()).extracting(OsvAffected::sourceSeverity).containsExactly("low", "unimportant", "");
        assertThat(record.affected().get(2).ranges()).as("unknown range types are left out").isEmpty();
    }

    @Test
    void refusesWhatIsNotAnOsvRecordWithAClearMessage() {
        assertThatThrownBy(() -> parser.parse("{\"id\": \"X-1\", \"modified\": "))
                .isInstanceOf(OsvFormatException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> parser.parse("[1, 2]"))
                .isInstanceOf(OsvFormatException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> parser.parse("{\"modified\": \"2024-01-01T00:00:00Z\"}"))
                .isInstanceOf(OsvFormatException.class).hasMessageContaining("no \"id\"");
        assertThatThrownBy(() -> parser.parse("{\"id\": \"X-1\"}"))
                .isInstanceOf(OsvFormatException.class).hasMessageContaining("X-1").hasMessageContaining("modified");
        assertThatThrownBy(() -> parser.parse("{\"id\": \"X-1\", \"modified\": \"yesterday\"}"))
                .isInstanceOf(OsvFormatException.class).hasMessageContaining("RFC 3339");
        assertThatThrownBy(() -> parser.parse("{\"id\": \"X-1\", \"modified\": \"2024-01-01T00:00:00Z\", \"schema_version\": \"2.0.0\"}"))
                .isInstanceOf(OsvFormatException.class).hasMessageContaining("schema version 2.0.0");
    }

    @Test
    void refusesRangeEventsThatAreNotExactlyOneKnownEvent() {
        String template = "{\"id\": \"X-1\", \"modified\": \"2024-01-01T00:00:00Z\", \"affected\": [{\"package\":"
                + " {\"ecosystem\": \"npm\", \"name\": \"left-pad\"}, \"ranges\": [{\"type\": \"SEMVER\", \"events\": [%s]}]}]}";

        assertThatThrownBy(() -> parser.parse(template.formatted("{\"introduced\": \"0\", \"fixed\": \"1.0.0\"}")))
                .isInstanceOf(OsvFormatException.class).hasMessageContaining("X-1").hasMessageContaining("left-pad")
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> parser.parse(template.formatted("{\"patched\": \"1.0.0\"}")))
                .isInstanceOf(OsvFormatException.class).hasMessageContaining("not understood");
        assertThatThrownBy(() -> parser.parse(template.formatted("{\"fixed\": 1}")))
                .isInstanceOf(OsvFormatException.class);
    }

    @Test
    void keepsTheRecordWithoutWhiteSpaceForStoring() throws Exception {
        OsvDocument document = parser.read(OsvFixtures.bytes(OsvFixtures.LODASH));

        assertThat(document.compactJson().length).isLessThan(OsvFixtures.bytes(OsvFixtures.LODASH).length * 3 / 4);
        assertThat(parser.parse(document.compactJson())).isEqualTo(document.record());
        assertThat(new String(document.compactJson(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"affected_functions\":[\"lodash.template\"]");
    }
}
