package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class CopyManySourcesToFileTest {

    @Test
    void cases() {
        catches("DD3021", "FROM alpine:3.20\nCOPY a b /app\n");
        catches("DD3021", "FROM alpine:3.20\nCOPY [\"a\", \"b\", \"/app\"]\n");
        catches("DD3021", "FROM alpine:3.20\nCOPY --chown=1000 a \\\n  b \\\n  /app\n");
        catches("DD3021", "FROM alpine:3.20\nCOPY <<one <<two /app\nx\none\ny\ntwo\n");
        passes("DD3021", "FROM alpine:3.20\nCOPY a b /app/\n");
        passes("DD3021", "FROM alpine:3.20\nCOPY a /app\n");
        passes("DD3021", "FROM alpine:3.20\nCOPY [\"a\", \"b\", \"/app/\"]\n");
    }

    @Test
    void theFixAddsTheSlashInsideTheQuotes() {
        assertThat(findings("DD3021", "FROM alpine:3.20\nCOPY a b \"/my app\"\n").get(0).fixes().get(0).edits().get(0).startOffset())
                .isEqualTo("FROM alpine:3.20\nCOPY a b \"/my app".length());
    }
}
