package dev.drydock.core.lint.shellcheck;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.lint.DockerfileLinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A {@code shellcheck} that fails is reported to the listener and never fails the lint. */
class ShellCheckProblemsTest {

    @TempDir
    Path bin;

    @Test
    void failingProgramIsReportedAndTheRulesStillRun() throws IOException {
        Path program = Files.writeString(bin.resolve("shellcheck"), "#!/bin/sh\necho 'broken installation' >&2\nexit 3\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> problems = new ArrayList<>();
        ShellCheck shellCheck = ShellCheck.onPath(bin.toString()).orElseThrow().reportingProblemsTo(problems::add);

        var result = DockerfileLinter.standard().withShellCheck(shellCheck)
                .lint("Dockerfile", "FROM busybox\nRUN apt install curl\n", LintConfig.defaults());

        assertThat(result.findings()).extracting(f -> f.ruleId()).contains("DD3027").noneMatch(id -> id.startsWith("SC"));
        assertThat(problems).containsExactly("ShellCheck failed (exit code 3): broken installation");
    }

    @Test
    void relativePathEntriesAreNotSearched() throws IOException {
        Path program = Files.writeString(bin.resolve("shellcheck"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        String relative = Path.of("").toAbsolutePath().relativize(bin).toString();

        assertThat(ShellCheck.onPath(relative)).isEmpty();
        assertThat(ShellCheck.onPath(relative + File.pathSeparator + bin)).hasValueSatisfying(
                found -> assertThat(found.executable()).isEqualTo(program));
    }

    @Test
    void dockerfileWithoutShellScriptsDoesNotStartTheProgram() throws IOException {
        Path program = Files.writeString(bin.resolve("shellcheck"), "#!/bin/sh\nexit 3\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> problems = new ArrayList<>();
        ShellCheck shellCheck = ShellCheck.onPath(bin.toString()).orElseThrow().reportingProblemsTo(problems::add);

        assertThat(shellCheck.check("Dockerfile", Dockerfile.parse("FROM busybox\nCMD [\"sh\"]\n"))).isEmpty();
        assertThat(problems).isEmpty();
    }
}
