package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class ForbiddenOnbuildTriggerTest {

    @Test
    void cases() {
        catches("DD3043", "FROM node:22\nONBUILD FROM alpine:3.20\n");
        catches("DD3043", "FROM node:22\nONBUILD MAINTAINER jane\n");
        catches("DD3043", "FROM node:22\nonbuild onbuild RUN x\n");
        passes("DD3043", "FROM node:22\nONBUILD RUN npm ci\n");
        passes("DD3043", "FROM node:22\nONBUILD COPY --from=build /a /a\n");
        assertThat(findings("DD3043", "FROM node:22\nONBUILD RUN x\n")).isEmpty();
    }
}
