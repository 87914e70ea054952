package dev.drydock.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final String TEXT = "FROM node:latest\n";
    private static final Fix PIN_DIGEST = Fix.of("Pin the digest known to the local daemon", Fix.Safety.NEEDS_REVIEW, TEXT,
            List.of(TextEdit.replace(10, 16, "20@sha256:abc")));
    private static final Fix PIN_VERSION = Fix.of("Pin a version placeholder", Fix.Safety.SAFE, TEXT,
            List.of(TextEdit.replace(10, 16, "20")));

    private static Finding withFixes(Fix... fixes) {
        return Finding.of("DD010", Severity.WARNING, "m", new Location.DockerfileRange("Dockerfile", LineMap.of(TEXT).range(5, 16)))
                .withFixes(List.of(fixes));
    }

    @Test
    void preferredFixIsTheFirstAllowedOne() {
        assertThat(withFixes(PIN_DIGEST, PIN_VERSION).preferredFix(true)).contains(PIN_DIGEST);
        assertThat(withFixes(PIN_DIGEST, PIN_VERSION).preferredFix(false)).contains(PIN_VERSION);
        assertThat(withFixes(PIN_DIGEST).preferredFix(false)).isEmpty();
        assertThat(withFixes().preferredFix(true)).isEmpty();
    }

    @Test
    void withersKeepEverythingElse() {
        Finding finding = withFixes(PIN_VERSION).withSeverity(Severity.ERROR).withEvidence("node:latest");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.evidence()).contains("node:latest");
        assertThat(finding.fixes()).containsExactly(PIN_VERSION);
        assertThat(finding.textRange()).map(TextRange::startColumn).contains(6);
    }
}
