package dev.drydock.core.lint.rules;

import dev.drydock.core.fix.FixApplier;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class FinalStageWithoutUserTest {

    @Test
    void cases() {
        catches("DD5005", "FROM debian:12\nCMD [\"app\"]\n");
        catches("DD5005", "FROM alpine AS build\nUSER builder\nFROM alpine\nCOPY --from=build /a /a\n");
        catches("DD5005", "ARG BASE=debian:12\nFROM ${BASE}\nRUN true\n");
        catches("DD5005", "FROM scratch\nCOPY app /app\n");
        passes("DD5005", "FROM debian:12\nUSER 1000:1000\nCMD [\"app\"]\n");
        passes("DD5005", "FROM debian:12 AS base\nUSER app\nFROM base AS final\nCMD [\"app\"]\n");
        passes("DD5005", "FROM gcr.io/distroless/static:nonroot\nCOPY app /app\n");
        passes("DD5005", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD [\"app.exe\"]\n");
        passes("DD5005", "FROM debian:12\nUSER root\n");
    }

    @Test
    void theFixFitsTheBaseImage() {
        assertThat(fixed("FROM alpine:3.20\nCMD [\"app\"]\n"))
                .isEqualTo("FROM alpine:3.20\nRUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\nUSER 10001:10001\nCMD [\"app\"]\n");
        assertThat(fixed("FROM scratch\nCOPY app /app")).isEqualTo("FROM scratch\nCOPY app /app\nUSER 65534:65534");
        assertThat(fixed("FROM gcr.io/distroless/static\nCOPY app /app\nENTRYPOINT [\"/app\"]\n"))
                .isEqualTo("FROM gcr.io/distroless/static\nCOPY app /app\nUSER 65532:65532\nENTRYPOINT [\"/app\"]\n");
    }

    private static String fixed(String dockerfile) {
        var fix = findings("DD5005", dockerfile).get(0).preferredFix(true).orElseThrow();
        return new FixApplier().applyAll(dockerfile, java.util.List.of(fix)).text();
    }
}
