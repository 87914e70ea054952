package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class ConsecutiveRunsTest {

    @Test
    void cases() {
        catches("DD3059", "FROM debian:12\nRUN a\nRUN b\n");
        catches("DD3059", "FROM debian:12\nRUN a\n# why b\nRUN b\n");
        catches("DD3059", "FROM debian:12\nRUN --mount=type=cache,target=/c a\nRUN --mount=type=cache,target=/c b\n");
        passes("DD3059", "FROM debian:12\nRUN a\nWORKDIR /x\nRUN b\n");
        passes("DD3059", "FROM debian:12\nRUN a && b && c\nRUN d\n");
        passes("DD3059", "FROM debian:12\nRUN --mount=type=cache,target=/c a\nRUN b\n");
        passes("DD3059", "FROM debian:12\nRUN a\n");
    }

    @Test
    void noJoinWhenACommentSitsBetweenOrThePreviousRunEndsInAnOperator() {
        assertThat(findings("DD3059", "FROM debian:12\nRUN a\n# why b\nRUN b\n").get(0).fixes()).isEmpty();
        assertThat(findings("DD3059", "FROM debian:12\nRUN a;\nRUN b\n").get(0).fixes()).isEmpty();
        assertThat(findings("DD3059", "FROM debian:12\nRUN [\"a\"]\nRUN b\n").get(0).fixes()).isEmpty();
    }

    @Test
    void joinsWithTheFilesLineBreaks() {
        assertThat(findings("DD3059", "FROM debian:12\r\nRUN a\r\nRUN b\r\n").get(0).fixes().get(0).edits().get(0).newText())
                .isEqualTo(" && \\\r\n    ");
    }
}
