package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class MissingHealthcheckTest {

    @Test
    void cases() {
        catches("DD3057", "FROM nginx:1.27\n");
        catches("DD3057", "FROM nginx:1.27 AS a\nHEALTHCHECK CMD [\"true\"]\nFROM nginx:1.27\n");
        catches("DD3057", "FROM nginx:1.27\nONBUILD HEALTHCHECK CMD [\"true\"]\n");
        passes("DD3057", "FROM nginx:1.27\nHEALTHCHECK CMD [\"true\"]\n");
        passes("DD3057", "FROM nginx:1.27\nHEALTHCHECK NONE\n");
        passes("DD3057", "FROM nginx:1.27 AS base\nHEALTHCHECK CMD [\"true\"]\nFROM base AS app\nFROM app\n");
        passes("DD3057", "# no instructions at all\n");
    }

    @Test
    void theScaffoldFollowsTheEscapeCharacter() {
        String windows = "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir\n";
        assertThat(findings("DD3057", windows).get(0).fixes().get(0).edits().get(0).newText())
                .contains("--retries=3 `\n").doesNotContain("\\");
    }
}
