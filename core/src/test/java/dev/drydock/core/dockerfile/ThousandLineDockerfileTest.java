package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellScripts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark measures what it claims: a valid 1,000-line Dockerfile that exercises every parser path. */
class ThousandLineDockerfileTest {

    @Test
    void benchmarkInputIsAThousandValidLines() {
        String text = ThousandLineDockerfileBenchmark.thousandLines();
        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.lines().lineCount()).isBetween(1_000, 1_050);
        assertThat(dockerfile.problems()).isEmpty();
        assertThat(dockerfile.print()).isEqualTo(text);
        assertThat(dockerfile.stages()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(dockerfile.comments().stream().filter(Comment::insideInstruction)).isNotEmpty();
        RunInstruction heredocRun = dockerfile.instructions().stream()
                .filter(RunInstruction.class::isInstance).map(RunInstruction.class::cast)
                .filter(run -> !run.heredocs().isEmpty()).findFirst().orElseThrow();
        assertThat(ShellScripts.of(dockerfile, heredocRun)).hasSize(2);
    }
}
