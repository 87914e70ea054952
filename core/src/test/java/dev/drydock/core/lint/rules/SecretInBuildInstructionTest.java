package dev.drydock.core.lint.rules;

import dev.drydock.core.findings.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class SecretInBuildInstructionTest {

    @Test
    void cases() {
        catches("DD5004", "FROM alpine\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n");
        catches("DD5004", "FROM alpine\nENV KEY \"-----BEGIN RSA PRIVATE KEY-----\\nMIIE\"\n");
        catches("DD5004", "FROM alpine\nARG GH=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\n");
        catches("DD5004", "FROM alpine\nENV CI_JOB=glpat-0123456789abcdefghij\n");
        catches("DD5004", "FROM alpine\nLABEL hook=xoxb-1234567890-abcdef\n");
        catches("DD5004", "FROM alpine\nENV DB_PASSWORD=hunter2\n");
        catches("DD5004", "FROM alpine\nENV db.password hunter2\n");
        catches("DD5004", "FROM alpine\nARG API_KEY=abc \\\n    OTHER=1\n");
        catches("DD5004", "ARG GITHUB_TOKEN=abc\nFROM alpine\n");
        passes("DD5004", "FROM alpine\nARG GITHUB_TOKEN\nENV GITHUB_TOKEN=$GITHUB_TOKEN\n");
        passes("DD5004", "FROM alpine\nENV DB_PASSWORD=\"\" PASSWORD_FILE=/run/secrets/pw\n");
        passes("DD5004", "FROM alpine\nENV TOKEN_URL=https://x.example/token\n");
        passes("DD5004", "FROM alpine\nRUN echo AKIAIOSFODNN7EXAMPLE\n");
    }

    @Test
    void theMessageAndEvidenceNeverShowTheSecret() {
        List<Finding> found = findings("DD5004", "FROM alpine\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n");

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("AKIA****************").doesNotContain("AKIAIOSFODNN7EXAMPLE");
            assertThat(finding.evidence()).contains("AWS_ACCESS_KEY_ID=AKIA****************");
            assertThat(finding.fixes()).allSatisfy(fix -> assertThat(fix.edits())
                    .allSatisfy(edit -> assertThat(edit.newText()).doesNotContain("IOSFODNN7")));
        });
    }
}
