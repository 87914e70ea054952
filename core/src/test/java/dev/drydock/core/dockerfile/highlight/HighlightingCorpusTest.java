package dev.drydock.core.dockerfile.highlight;

import dev.drydock.core.dockerfile.Comment;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.ParserDirective;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.ThousandLineDockerfileBenchmark;
import dev.drydock.core.dockerfile.instruction.CopiesFiles;
import dev.drydock.core.dockerfile.instruction.Heredoc;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** On every file of the parser corpus (and the 1,000-line benchmark file) the spans agree with the AST. */
class HighlightingCorpusTest {

    static Stream<String> corpus() throws IOException, URISyntaxException {
        Path directory = Path.of(HighlightingCorpusTest.class.getResource("/dockerfiles/corpus").toURI());
        List<String> texts;
        try (Stream<Path> files = Files.list(directory)) {
            texts = files.sorted().map(HighlightingCorpusTest::read).toList();
        }
        return Stream.concat(texts.stream(), Stream.of(ThousandLineDockerfileBenchmark.thousandLines()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void spansAreSortedInsideTheTextAndNeverOverlap(String text) {
        List<HighlightSpan> spans = DockerfileHighlighter.highlight(Dockerfile.parse(text));

        int previousEnd = 0;
        for (HighlightSpan span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            previousEnd = span.end();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void keywordsCommentsDirectivesAndHeredocBodiesHaveTheirKind(String text) {
        Dockerfile dockerfile = Dockerfile.parse(text);
        HighlightKind[] kinds = kinds(text, DockerfileHighlighter.highlight(dockerfile));

        for (Instruction instruction : dockerfile.instructions()) {
            assertAll(kinds, text, instruction.keywordRange(), EnumSet.of(HighlightKind.INSTRUCTION, HighlightKind.ESCAPE));
            for (Heredoc heredoc : heredocs(instruction)) {
                assertAll(kinds, text, heredoc.bodyRange(), EnumSet.of(HighlightKind.HEREDOC, HighlightKind.VARIABLE));
                assertAll(kinds, text, heredoc.markerRange(), EnumSet.of(HighlightKind.HEREDOC_MARKER));
            }
        }
        for (Comment comment : dockerfile.comments()) {
            assertAll(kinds, text, comment.range(), EnumSet.of(HighlightKind.COMMENT, HighlightKind.PRAGMA));
        }
        for (ParserDirective directive : dockerfile.directives()) {
            assertAll(kinds, text, directive.range(), EnumSet.of(HighlightKind.DIRECTIVE));
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyEscapeSpanIsTheEscapeCharacterAndPairsHoldMatchingCharacters(String text) {
        Dockerfile dockerfile = Dockerfile.parse(text);
        Highlighting highlighting = DockerfileHighlighter.analyze(dockerfile);

        for (HighlightSpan span : highlighting.spans()) {
            if (span.kind() == HighlightKind.ESCAPE) {
                assertThat(span.text(text)).isEqualTo(String.valueOf(dockerfile.escapeCharacter()));
            }
        }
        for (MatchingPair pair : highlighting.pairs()) {
            String both = "" + text.charAt(pair.open()) + text.charAt(pair.close());
            assertThat(both).isIn("[]", "\"\"", "''");
        }
    }

    private static List<Heredoc> heredocs(Instruction instruction) {
        if (instruction instanceof RunInstruction run) {
            return run.heredocs();
        }
        return instruction instanceof CopiesFiles files ? files.heredocs() : List.of();
    }

    private static HighlightKind[] kinds(String text, List<HighlightSpan> spans) {
        HighlightKind[] kinds = new HighlightKind[text.length()];
        for (HighlightSpan span : spans) {
            for (int i = span.start(); i < span.end(); i++) {
                kinds[i] = span.kind();
            }
        }
        return kinds;
    }

    /** Every character of {@code range} that is not a line break has one of {@code allowed}. */
    private static void assertAll(HighlightKind[] kinds, String text, SourceRange range, Set<HighlightKind> allowed) {
        for (int i = range.startOffset(); i < range.endOffset(); i++) {
            if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                assertThat(kinds[i]).as("%s at %d in %s", range.text(text), i, range).isIn(allowed);
            }
        }
    }
}
