package dev.drydock.core.dockerfile.shell;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which shell runs a RUN: one line per Dockerfile. */
class ShellKindTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "FROM debian\\nRUN x                                                     | POSIX",
        "FROM debian\\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\\nRUN x  | POSIX",
        "FROM x\\nSHELL [\"powershell\", \"-Command\"]\\nRUN x                     | POWERSHELL",
        "FROM x\\nSHELL [\"C:\\\\\\\\Program Files\\\\\\\\PowerShell\\\\\\\\pwsh.exe\", \"-c\"]\\nRUN x | POWERSHELL",
        "FROM x\\nSHELL [\"cmd\", \"/S\", \"/C\"]\\nRUN x                           | CMD",
        "FROM mcr.microsoft.com/windows/servercore:ltsc2022\\nRUN x               | CMD",
        "ARG WIN=mcr.microsoft.com/windows/nanoserver:ltsc2022\\nFROM $WIN\\nRUN x | CMD",
        "FROM x\\nSHELL [\"python3\", \"-c\"]\\nRUN x                                | OTHER",
    })
    void shellOfTheLastRun(String text, ShellKind expected) {
        Dockerfile dockerfile = Dockerfile.parse(text.replace("\\n", "\n"));
        RunInstruction run = (RunInstruction) dockerfile.instructions().get(dockerfile.instructions().size() - 1);
        assertThat(ShellKind.at(dockerfile, run)).isEqualTo(expected);
        assertThat(ShellScripts.of(dockerfile, run)).hasSize(expected.isPosix() ? 1 : 0);
    }
}
