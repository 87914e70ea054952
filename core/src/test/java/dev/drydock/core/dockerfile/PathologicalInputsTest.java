package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellScripts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large, deeply nested or broken inputs that short fuzz runs do not reach: parsing, expansion and
 * shell splitting complete (no stack overflow, no exception) and the text round-trips.
 */
class PathologicalInputsTest {

    static Stream<String> inputs() {
        return Stream.of(
                "RUN echo ${a:-" + "${a:-".repeat(20_000),
                "ENV A=" + "${B:-".repeat(20_000) + "x" + "}".repeat(20_000),
                "ONBUILD ".repeat(10_000) + "RUN x",
                "RUN " + "$(".repeat(20_000),
                "RUN " + "(".repeat(20_000) + ")".repeat(20_000),
                "RUN " + "\"$(`".repeat(10_000),
                "RUN " + "{ a; ".repeat(10_000),
                "ENV a=1 " + "b ".repeat(20_000),
                "ARG " + "a=$a ".repeat(10_000),
                "COPY " + "<<A ".repeat(5_000) + "/d\n" + "x\n".repeat(1_000),
                "RUN a \\\n".repeat(20_000),
                "\\\n".repeat(10_000),
                "FROM a\n" + "ARG X=1\n".repeat(3_000) + "RUN $X\n",
                "RUN " + "cat <<X\n".repeat(5_000),
                "\r".repeat(10_000) + "\n" + "\t \f".repeat(5_000),
                "# escape=`\n" + "RUN `".repeat(10_000),
                "CMD [" + "\"a\",".repeat(20_000));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void completesAndRoundTrips(String text) {
        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.print()).isEqualTo(text);
        for (Instruction instruction : dockerfile.instructions()) {
            dockerfile.expand(instruction, instruction.arguments());
            if (instruction instanceof RunInstruction run) {
                ShellScripts.of(dockerfile, run);
            }
        }
    }
}
