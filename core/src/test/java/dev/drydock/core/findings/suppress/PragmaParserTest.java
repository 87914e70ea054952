package dev.drydock.core.findings.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.findings.suppress.Pragma.Tool;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PragmaParserTest {

    /** One line per case: comment text (quoted: CSV blocks treat a leading # as a comment) | tool | global | codes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '# drydock ignore=DD001'                         | DRYDOCK  | false | DD001
            '# drydock ignore=DD001,DD002'                   | DRYDOCK  | false | DD001 DD002
            '#drydock ignore=DD001'                          | DRYDOCK  | false | DD001
            'drydock ignore=DD001'                           | DRYDOCK  | false | DD001
            '#   drydock   ignore = DD001 , DD002'           | DRYDOCK  | false | DD001 DD002
            '# Drydock IGNORE=dd001'                         | DRYDOCK  | false | DD001
            '# drydock global ignore=DD003'                  | DRYDOCK  | true  | DD003
            '# drydock  global   ignore =DD003,DL3008'       | DRYDOCK  | true  | DD003 DL3008
            '# hadolint ignore=DL3008,DL3015'                | HADOLINT | false | DL3008 DL3015
            '# hadolint ignore=DL3008, SC2086'               | HADOLINT | false | DL3008 SC2086
            '# hadolint global ignore=DL3059'                | HADOLINT | true  | DL3059
            '# drydock ignore=DD001 base image pinned in CI' | DRYDOCK  | false | DD001
            """)
    void readsIgnorePragmas(String comment, Tool tool, boolean global, String codes) {
        assertThat(PragmaParser.parse(comment)).contains(new Pragma.Ignore(tool, global, List.of(codes.split(" "))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "# install the tools",
        "# drydock",
        "# drydock ignore=",
        "# drydock ignore=,DD001",
        "# drydock ignore DD001",
        "# hadolintignore=DL3008",
        "# drydock local ignore=DD001",
        "# please drydock ignore=DD001",
        "# syntax=docker/dockerfile:1",
    })
    void ordinaryCommentsAreNoPragmas(String comment) {
        assertThat(PragmaParser.parse(comment)).isEmpty();
    }

    @Test
    void readsShellPragmas() {
        assertThat(PragmaParser.parse("# hadolint shell=powershell")).contains(new Pragma.Shell(Tool.HADOLINT, "powershell"));
        assertThat(PragmaParser.parse("#hadolint shell = /bin/bash ")).contains(new Pragma.Shell(Tool.HADOLINT, "/bin/bash"));
        assertThat(PragmaParser.parse("# drydock shell=pwsh")).contains(new Pragma.Shell(Tool.DRYDOCK, "pwsh"));
    }

    @Test
    void lastShellPragmaWins() {
        assertThat(PragmaParser.shellOverride(List.of(
                new PragmaSite("# hadolint shell=bash", 1, 2, 2),
                new PragmaSite("# note", 3, 4, 4),
                new PragmaSite("# hadolint shell=powershell", 5, 6, 6)))).isEqualTo(Optional.of("powershell"));
        assertThat(PragmaParser.shellOverride(List.of(new PragmaSite("# note", 1, 2, 2)))).isEmpty();
    }
}
