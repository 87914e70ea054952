package dev.drydock.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void showsChangedLinesWithContextAndHeaders() {
        String before = "FROM debian\nRUN apt-get install curl\nUSER app\n";
        String after = "FROM debian\nRUN apt-get install -y curl\nUSER app\n";
        assertThat(UnifiedDiff.of("Dockerfile", before, after)).isEqualTo("""
                --- a/Dockerfile
                +++ b/Dockerfile
                @@ -1,3 +1,3 @@
                 FROM debian
                -RUN apt-get install curl
                +RUN apt-get install -y curl
                 USER app
                """);
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("Dockerfile", "FROM x\n", "FROM x\n")).isEmpty();
    }

    @Test
    void changedLineEndsAreVisible() {
        String diff = UnifiedDiff.of("Dockerfile", "FROM x\r\n", "FROM x\n");
        assertThat(diff).contains("-FROM x\r\n").contains("+FROM x\n");
    }

    @Test
    void missingFinalNewlineIsMarked() {
        assertThat(UnifiedDiff.of("Dockerfile", "FROM x", "FROM y\n"))
                .contains("-FROM x\n\\ No newline at end of file\n").contains("+FROM y\n");
    }
}
