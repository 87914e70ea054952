package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class InstructionBeforeFromTest {

    @Test
    void cases() {
        catches("DD3061", "LABEL a=b\nFROM alpine:3.20\n");
        catches("DD3061", "ARG V=1\nRUN echo hi\nFROM alpine:3.20\n");
        catches("DD3061", "RUN echo no FROM at all\n");
        passes("DD3061", "# syntax=docker/dockerfile:1\n# a comment\nARG V=3.20\nFROM alpine:$V\nLABEL a=b\n");
        passes("DD3061", "FROM alpine:3.20\nRUN echo hi\n");
    }

    @Test
    void movesOnlyWhenTheStageIsUnambiguous() {
        assertThat(findings("DD3061", "LABEL a=b\nFROM alpine:3.20\n").get(0).fixes()).hasSize(1);
        assertThat(findings("DD3061", "LABEL a=b\nFROM alpine:3.20 AS a\nFROM alpine:3.20\n").get(0).fixes()).isEmpty();
        assertThat(findings("DD3061", "LABEL a=b\n").get(0).fixes()).isEmpty();
    }
}
