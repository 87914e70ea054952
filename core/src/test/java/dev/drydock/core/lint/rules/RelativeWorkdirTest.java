package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class RelativeWorkdirTest {

    @Test
    void cases() {
        catches("DD3000", "FROM alpine:3.20\nWORKDIR app\n");
        catches("DD3000", "FROM alpine:3.20\nWORKDIR ./app\n");
        catches("DD3000", "FROM alpine:3.20\nWORKDIR \\\n  app\n");
        catches("DD3000", "FROM alpine:3.20 AS a\nWORKDIR /srv\nFROM alpine:3.20\nWORKDIR srv\n");
        passes("DD3000", "FROM alpine:3.20\nWORKDIR /app\n");
        passes("DD3000", "FROM alpine:3.20\nWORKDIR \"/my app\"\n");
        passes("DD3000", "FROM alpine:3.20\nARG HOME=/home/app\nWORKDIR ${HOME}/src\n");
        passes("DD3000", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR c:/app\n");
    }

    @Test
    void resolvesAgainstThePreviousWorkdirOfTheStage() {
        assertThat(findings("DD3000", "FROM alpine:3.20\nWORKDIR /srv\nWORKDIR ../opt/./app\n").get(0).fixes().get(0).edits().get(0).newText())
                .isEqualTo("/opt/app");
    }

    @Test
    void offersNoFixInWindowsImages() {
        String windows = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nWORKDIR app\n";
        assertThat(findings("DD3000", windows)).singleElement().satisfies(finding -> assertThat(finding.fixes()).isEmpty());
    }
}
