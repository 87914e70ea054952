package dev.drydock.core.vuln.ignore;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VexDocumentTest {

    static VexDocument parse(String json) throws IOException {
        return VexDocument.parse("vex.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheSpecExample() throws IOException {
        VexDocument document = parse("""
                {
                  "@context": "https://openvex.dev/ns/v0.2.0",
                  "@id": "https://openvex.dev/docs/public/vex-2e67563e128250cbcb3e98930df948dd053e43271d70dc50cfa22d57e03fe96f",
                  "author": "Spring Builds <spring-builds@users.noreply.github.com>",
                  "timestamp": "2023-01-16T19:07:16.853479631-06:00",
                  "version": 1,
                  "statements": [
                    {
                      "vulnerability": {
                        "@id": "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
                        "name": "CVE-2021-44228",
                        "aliases": ["GHSA-jfh8-c2jp-5v3q"]
                      },
                      "products": [
                        {
                          "@id": "pkg:maven/org.springframework.boot/spring-boot@2.6.0-M3",
                          "identifiers": {"purl": "pkg:maven/org.springframework.boot/spring-boot@2.6.0-M3"},
                          "subcomponents": [{"@id": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}]
                        }
                      ],
                      "status": "not_affected",
                      "justification": "vulnerable_code_not_in_execute_path",
                      "impact_statement": "Only applications using log4j-core and including user input in log messages are vulnerable."
                    }
                  ]
                }
                """);

        assertThat(document.statements()).singleElement().satisfies(statement -> {
            assertThat(statement.vulnerabilityName()).isEqualTo("CVE-2021-44228");
            assertThat(statement.vulnerabilityIds()).contains("CVE-2021-44228", "GHSA-jfh8-c2jp-5v3q",
                    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228");
            assertThat(statement.status()).isEqualTo(VexStatus.NOT_AFFECTED);
            assertThat(statement.justification()).isEqualTo("vulnerable_code_not_in_execute_path");
            assertThat(statement.timestamp()).contains(Instant.parse("2023-01-17T01:07:16.853479631Z"));
            assertThat(statement.products()).singleElement().satisfies(product -> {
                assertThat(product.identifiers()).containsExactly("pkg:maven/org.springframework.boot/spring-boot@2.6.0-M3");
                assertThat(product.subcomponents()).containsExactly(
                        java.util.Set.of("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"));
            });
            assertThat(statement.describe()).isEqualTo("statement 1 on CVE-2021-44228: not_affected "
                    + "(vulnerable_code_not_in_execute_path): Only applications using log4j-core and including user "
                    + "input in log messages are vulnerable.");
        });
    }

    @Test
    void readsTheEarlyDraftsPlainStrings() throws IOException {
        VexDocument document = parse("""
                {"statements": [{"vulnerability": "CVE-2023-4911", "products": ["pkg:deb/debian/libc6"],
                  "status": "fixed", "timestamp": "2024-01-02T03:04:05Z"}]}
                """);

        assertThat(document.statements()).singleElement().satisfies(statement -> {
            assertThat(statement.vulnerabilityIds()).containsExactly("CVE-2023-4911");
            assertThat(statement.products().get(0).identifiers()).containsExactly("pkg:deb/debian/libc6");
            assertThat(statement.status()).isEqualTo(VexStatus.FIXED);
        });
    }

    @Test
    void saysWhatIsWrongWithAFileItCannotRead() {
        assertThatThrownBy(() -> parse("{not json")).isInstanceOf(VexFormatException.class)
                .hasMessageContaining("vex.json is not valid JSON");
        assertThatThrownBy(() -> parse("{\"document\": 1}")).isInstanceOf(VexFormatException.class)
                .hasMessageContaining("no \"statements\" list");
        assertThatThrownBy(() -> parse("{\"statements\": [{\"vulnerability\": {\"name\": \"CVE-2021-44228\"}, "
                + "\"status\": \"wontfix\"}]}")).isInstanceOf(VexFormatException.class)
                .hasMessageContaining("statement 1 has the status 'wontfix'");
        assertThatThrownBy(() -> parse("{\"statements\": [{\"status\": \"fixed\"}]}"))
                .isInstanceOf(VexFormatException.class).hasMessageContaining("names no vulnerability");
    }
}
