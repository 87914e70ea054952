package dev.drydock.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.DocumentVersion;
import dev.drydock.core.fix.Fix;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileLinterTest {

    private final DockerfileLinter linter = DockerfileLinter.standard();

    @Test
    void everyFixOfALintCarriesTheVersionOfTheLintedText() {
        String text = "FROM debian:12\nMAINTAINER me\nRUN apt install -y curl\n";
        List<Fix> fixes = linter.lint("Dockerfile", text, LintConfig.defaults()).findings().stream()
                .map(Finding::fixes).flatMap(List::stream).toList();

        assertThat(fixes).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(fix -> assertThat(fix.documentVersion()).isEqualTo(DocumentVersion.of(text)));
    }

    @Test
    void fixesOfTwoTextsCarryDifferentVersions() {
        Fix first = onlyFix("FROM debian:12\nMAINTAINER me\n");
        Fix second = onlyFix("FROM debian:12\nMAINTAINER you\n");

        assertThat(first.documentVersion()).isNotEqualTo(second.documentVersion());
        assertThat(second.documentVersion().matches("FROM debian:12\nMAINTAINER you\n")).isTrue();
    }

    private Fix onlyFix(String text) {
        return linter.lint("Dockerfile", text, LintConfig.defaults()).findings().stream()
                .filter(finding -> finding.ruleId().equals("DD4000")).findFirst().orElseThrow().fixes().get(0);
    }
}
