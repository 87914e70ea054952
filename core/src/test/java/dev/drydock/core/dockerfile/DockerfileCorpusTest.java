package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.Instruction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Dockerfile of the corpus parses, and printing it gives back the file byte for byte. */
class DockerfileCorpusTest {

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path directory = Path.of(DockerfileCorpusTest.class.getResource("/dockerfiles/corpus").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHoldsEnoughVariety() throws Exception {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void printingGivesBackTheExactBytes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Dockerfile dockerfile = Dockerfile.parse(new String(bytes, StandardCharsets.UTF_8));

        assertThat(dockerfile.print().getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void elementsCoverTheTextWithoutGapOrOverlap(Path file) throws IOException {
        Dockerfile dockerfile = Dockerfile.parse(Files.readString(file));

        assertTiles(dockerfile);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyNodeLiesInsideItsInstruction(Path file) throws IOException {
        Dockerfile dockerfile = Dockerfile.parse(Files.readString(file));

        for (Instruction instruction : dockerfile.instructions()) {
            SourceRange range = instruction.range();
            assertThat(range.contains(instruction.keywordRange())).isTrue();
            instruction.flags().forEach(flag -> assertThat(range.contains(flag.range())).isTrue());
            assertThat(range.contains(instruction.argumentsRange())).as(instruction.toString()).isTrue();
            assertThat(instruction.keywordRange().text(dockerfile.text())).isEqualTo(instruction.keyword());
        }
    }

    @Test
    void onlyTheBrokenFilesHaveProblems() throws Exception {
        for (Path file : corpus().toList()) {
            Dockerfile dockerfile = Dockerfile.parse(Files.readString(file));
            String name = file.getFileName().toString();
            if (name.contains("broken")) {
                assertThat(dockerfile.problems()).hasSizeGreaterThanOrEqualTo(8);
            } else if (name.contains("all-instructions")) {
                assertThat(dockerfile.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.message()).contains("FROBNICATE"));
            } else {
                assertThat(dockerfile.problems()).as(name).isEmpty();
            }
        }
    }

    static void assertTiles(Dockerfile dockerfile) {
        List<SourceElement> elements = dockerfile.elements();
        int expected = 0;
        for (SourceElement element : elements) {
            assertThat(element.range().startOffset()).as("start of " + element).isEqualTo(expected);
            assertThat(element.range().length()).as("length of " + element).isPositive();
            expected = element.range().endOffset();
        }
        assertThat(expected).isEqualTo(dockerfile.text().length());
    }
}
