package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.EnvInstruction;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Heredoc;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranges of specific nodes: one line per case, each states the text and the line:column it must cover. */
class DockerfileRangesTest {

    @Test
    void keywordOfASecondLineInstruction() {
        assertRange("FROM a\nRUN b", df -> df.instructions().get(1).keywordRange(), "RUN", "2:1-2:4");
    }

    @Test
    void indentedKeyword() {
        assertRange("  \tRUN b", df -> df.instructions().get(0).keywordRange(), "RUN", "1:4-1:7");
    }

    @Test
    void instructionEndsBeforeItsLineBreak() {
        assertRange("RUN a\r\nUSER b\n", df -> df.instructions().get(0).range(), "RUN a", "1:1-1:6");
    }

    @Test
    void continuedInstructionSpansItsLines() {
        assertRange("RUN a \\\n  b\nUSER c", df -> df.instructions().get(0).range(), "RUN a \\\n  b", "1:1-2:4");
    }

    @Test
    void flagWithValue() {
        assertRange("COPY --from=build /a /b", df -> df.instructions().get(0).flags().get(0).range(),
                "--from=build", "1:6-1:18");
    }

    @Test
    void flagValue() {
        assertRange("COPY --from=build /a /b", df -> df.instructions().get(0).flags().get(0).valueRange(),
                "build", "1:13-1:18");
    }

    @Test
    void imageOfFrom() {
        assertRange("FROM --platform=linux/amd64 node:20 AS app",
                df -> ((FromInstruction) df.instructions().get(0)).image().range(), "node:20", "1:29-1:36");
    }

    @Test
    void stageName() {
        assertRange("FROM node:20 AS app",
                df -> ((FromInstruction) df.instructions().get(0)).stageName().orElseThrow().range(), "app", "1:17-1:20");
    }

    @Test
    void argumentSplitByContinuation() {
        assertRange("ENV A=one\\\ntwo", df -> ((EnvInstruction) df.instructions().get(0)).variables().get(0).value().range(),
                "one\\\ntwo", "1:7-2:4");
    }

    @Test
    void commentInsideContinuation() {
        assertRange("RUN a \\\n  # note\n  b", df -> df.comments().get(0).range(), "# note", "2:3-2:9");
    }

    @Test
    void heredocBody() {
        assertRange("RUN <<EOF\necho hi\nEOF\n", df -> heredoc(df, 0).bodyRange(), "echo hi\n", "2:1-3:1");
    }

    @Test
    void heredocDelimiter() {
        assertRange("RUN <<EOF\necho hi\nEOF\n", df -> heredoc(df, 0).delimiterRange(), "EOF", "3:1-3:4");
    }

    @Test
    void heredocMarker() {
        assertRange("RUN <<-'END' sh\n\tx\n\tEND", df -> heredoc(df, 0).markerRange(), "<<-'END'", "1:5-1:13");
    }

    @Test
    void secondHeredocOfACopy() {
        assertRange("COPY <<A <<B /d/\na\nA\nb\nB", df -> ((CopyInstruction) df.instructions().get(0)).heredocs().get(1)
                .bodyRange(), "b\n", "4:1-5:1");
    }

    @Test
    void columnsCountUtf16UnitsAfterUnicode() {
        assertRange("LABEL a=\"🐳\" b=c", df -> df.instructions().get(0).argumentsRange(), "a=\"🐳\" b=c", "1:7-1:17");
    }

    @Test
    void afterAByteOrderMark() {
        assertRange("\uFEFFFROM a", df -> df.instructions().get(0).keywordRange(), "FROM", "1:2-1:6");
    }

    @Test
    void directiveValue() {
        assertRange("# escape=`\nFROM a", df -> df.directives().get(0).valueRange(), "`", "1:10-1:11");
    }

    @Test
    void instructionRangeIncludesItsHeredocs() {
        assertRange("RUN <<EOF\nx\nEOF\nUSER a", df -> df.instructions().get(0).range(), "RUN <<EOF\nx\nEOF", "1:1-3:4");
    }

    @Test
    void instructionAtFindsTheInstructionUnderTheCaret() {
        Dockerfile dockerfile = Dockerfile.parse("FROM a\nRUN b \\\n  c\n\nUSER d\n");
        assertThat(dockerfile.instructionAt(12)).containsSame(dockerfile.instructions().get(1));
        assertThat(dockerfile.instructionAt(18)).isEmpty();
        assertThat(dockerfile.instructionAt(20)).containsSame(dockerfile.instructions().get(2));
    }

    private static Heredoc heredoc(Dockerfile dockerfile, int index) {
        List<Heredoc> heredocs = ((RunInstruction) dockerfile.instructions().get(0)).heredocs();
        return heredocs.get(index);
    }

    private interface Node {
        SourceRange of(Dockerfile dockerfile);
    }

    private static void assertRange(String text, Node node, String expectedText, String expectedRange) {
        Dockerfile dockerfile = Dockerfile.parse(text);
        SourceRange range = node.of(dockerfile);
        assertThat(range.text(text)).isEqualTo(expectedText);
        assertThat(range).hasToString(expectedRange);
    }
}
