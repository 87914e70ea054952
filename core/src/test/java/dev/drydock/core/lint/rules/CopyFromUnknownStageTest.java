package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class CopyFromUnknownStageTest {

    @Test
    void cases() {
        catches("DD3022", "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=biuld /a /a\n");
        catches("DD3022", "FROM alpine:3.20\nCOPY --from=later /a /a\nFROM golang:1.23 AS later\n");
        catches("DD3022", "FROM alpine:3.20\nCOPY --from=1 /a /a\nFROM golang:1.23\n");
        passes("DD3022", "FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=BUILD /a /a\n");
        passes("DD3022", "FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /a /a\n");
        passes("DD3022", "FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n");
        passes("DD3022", "FROM alpine:3.20\nCOPY --from=ghcr.io/org/tool /bin/tool /bin/tool\n");
        passes("DD3022", "ARG SRC=build\nFROM golang:1.23 AS build\nFROM alpine:3.20\nARG SRC\nCOPY --from=${SRC} /a /a\n");
    }

    @Test
    void suggestsTheOneEarlierStageThatIsATypoAway() {
        assertThat(findings("DD3022", "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=biuld /a /a\n").get(0).fixes())
                .singleElement().satisfies(fix -> assertThat(fix.edits().get(0).newText()).isEqualTo("build"));
        assertThat(findings("DD3022", "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=assets /a /a\n").get(0).fixes()).isEmpty();
        assertThat(findings("DD3022", "FROM a:1 AS web1\nFROM b:1 AS web2\nFROM alpine:3.20\nCOPY --from=web3 /a /a\n").get(0).fixes()).isEmpty();
    }
}
