package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LintConfig;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.rules.LabelSchemaCases.catches;
import static dev.drydock.core.lint.rules.LabelSchemaCases.findings;
import static dev.drydock.core.lint.rules.LabelSchemaCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class RequiredLabelMissingTest {

    private static final String ALL = "LABEL author=a maintainer=a@example.com org.opencontainers.image.source=https://x.io"
            + " org.opencontainers.image.created=2026-01-01T00:00:00Z org.opencontainers.image.licenses=MIT"
            + " org.opencontainers.image.revision=abcdef1 org.opencontainers.image.version=1.0.0\n";

    @Test
    void cases() {
        catches("DD3049", "FROM debian\n");
        catches("DD3049", "FROM debian\nLABEL author=a\n");
        catches("DD3049", "FROM debian AS a\n" + ALL + "FROM debian\nRUN true\n");
        passes("DD3049", "FROM debian\n" + ALL);
        passes("DD3049", "FROM debian AS base\n" + ALL + "FROM base\nRUN make\n");
        passes("DD3049", "FROM debian AS build\nRUN make\nFROM debian\nCOPY --from=build /a /a\n" + ALL);
        passes("DD3049", "FROM debian AS build\nRUN make\nFROM debian\nCOPY --from=0 /a /a\n" + ALL);
    }

    @Test
    void reportsEachMissingLabelOnceAtTheStagesImage() {
        assertThat(findings("DD3049", "FROM debian\nLABEL author=a\n", LabelSchemaCases.SCHEMA)).hasSize(6)
                .allSatisfy(finding -> assertThat(finding.textRange().orElseThrow().startLine()).isEqualTo(1));
    }

    @Test
    void needsALabelSchema() {
        assertThat(findings("DD3049", "FROM debian\n", LintConfig.defaults())).isEmpty();
    }
}
