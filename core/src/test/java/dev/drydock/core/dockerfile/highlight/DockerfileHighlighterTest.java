package dev.drydock.core.dockerfile.highlight;

import dev.drydock.core.dockerfile.Dockerfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact spans for each kind of Dockerfile syntax; each span is shown as "KIND text". */
class DockerfileHighlighterTest {

    private static List<String> spans(String text) {
        return DockerfileHighlighter.highlight(Dockerfile.parse(text)).stream()
                .map(span -> span.kind() + " " + span.text(text))
                .toList();
    }

    @Test
    void instructionKeywordsInAnyCase() {
        assertThat(spans("FROM alpine\nrun make\n")).containsExactly("INSTRUCTION FROM", "INSTRUCTION run");
    }

    @Test
    void exactOffsetsOfAKeywordAndAVariable() {
        List<HighlightSpan> spans = DockerfileHighlighter.highlight(Dockerfile.parse("ENV A=$B\n"));

        assertThat(spans).containsExactly(new HighlightSpan(0, 3, HighlightKind.INSTRUCTION),
                new HighlightSpan(6, 8, HighlightKind.VARIABLE));
    }

    @Test
    void flagNamesWithTheirEqualsSignAndVariablesInFlagValues() {
        assertThat(spans("COPY --link --from=${STAGE} a b\n"))
                .containsExactly("INSTRUCTION COPY", "FLAG --link", "FLAG --from=", "VARIABLE ${STAGE}");
    }

    @Test
    void quotedStringsSingleAndDoubleWithVariablesOnlyInDoubleQuotes() {
        assertThat(spans("RUN echo \"hi $USER\" '$HOME' $PATH ${X:-y}\n")).containsExactly(
                "INSTRUCTION RUN", "STRING \"hi ", "VARIABLE $USER", "STRING \"", "STRING '$HOME'",
                "VARIABLE $PATH", "VARIABLE ${X:-y}");
    }

    @Test
    void anEscapedQuoteDoesNotEndTheString() {
        assertThat(spans("RUN echo \"a\\\"b\" c\n")).containsExactly("INSTRUCTION RUN", "STRING \"a\\\"b\"");
    }

    @Test
    void commandSubstitutionIsNotAVariable() {
        assertThat(spans("RUN echo $(date) $1 $@\n"))
                .containsExactly("INSTRUCTION RUN", "VARIABLE $1", "VARIABLE $@");
    }

    @Test
    void commentsAndLinterPragmas() {
        assertThat(spans("FROM a\n# just a note\n# hadolint ignore=DL3008\n#drydock global ignore=DD001\n"))
                .containsExactly("INSTRUCTION FROM", "COMMENT # just a note", "PRAGMA # hadolint ignore=DL3008",
                        "PRAGMA #drydock global ignore=DD001");
    }

    @Test
    void parserDirectivesOnlyAtTheTop() {
        assertThat(spans("# syntax=docker/dockerfile:1\n# escape=\\\nFROM a\n# escape=`\n"))
                .containsExactly("DIRECTIVE # syntax=docker/dockerfile:1", "DIRECTIVE # escape=\\",
                        "INSTRUCTION FROM", "COMMENT # escape=`");
    }

    @Test
    void backslashAtALineEndContinuesAndCommentsBetweenContinuedLinesAreComments() {
        String text = "RUN apt-get update \\\n# why\n    && apt-get install -y curl \\  \n    && echo \"done\"\n";

        assertThat(spans(text)).containsExactly("INSTRUCTION RUN", "ESCAPE \\", "COMMENT # why", "ESCAPE \\",
                "STRING \"done\"");
    }

    @Test
    void backtickIsTheEscapeAfterTheDirectiveAndBackslashIsThenPlain() {
        String text = "# escape=`\nRUN dir C:\\ `\n    && echo `\"x`\"\n";

        assertThat(spans(text)).containsExactly("DIRECTIVE # escape=`", "INSTRUCTION RUN", "ESCAPE `");
    }

    @Test
    void aStringContinuedOnTheNextLineIsPaintedOnBothLines() {
        String text = "RUN echo \"a \\\n b\"\n";

        assertThat(spans(text)).containsExactly("INSTRUCTION RUN", "STRING \"a ", "ESCAPE \\", "STRING  b\"");
    }

    @Test
    void jsonFormPunctuationAndStrings() {
        assertThat(spans("CMD [\"nginx\", \"-g\", \"daemon off;\"]\n")).containsExactly(
                "INSTRUCTION CMD", "JSON_PUNCTUATION [", "STRING \"nginx\"", "JSON_PUNCTUATION ,",
                "STRING \"-g\"", "JSON_PUNCTUATION ,", "STRING \"daemon off;\"", "JSON_PUNCTUATION ]");
    }

    @Test
    void jsonStringsKeepTheirEscapesAndExecFormDoesNotExpandVariables() {
        assertThat(spans("ENTRYPOINT [\"echo\", \"\\\"$HOME\\\"\"]\n")).containsExactly(
                "INSTRUCTION ENTRYPOINT", "JSON_PUNCTUATION [", "STRING \"echo\"", "JSON_PUNCTUATION ,",
                "STRING \"\\\"$HOME\\\"\"", "JSON_PUNCTUATION ]");
    }

    @Test
    void jsonFormOfCopyExpandsVariables() {
        assertThat(spans("COPY [\"$SRC\", \"/app/\"]\n")).containsExactly("INSTRUCTION COPY", "JSON_PUNCTUATION [",
                "STRING \"", "VARIABLE $SRC", "STRING \"", "JSON_PUNCTUATION ,", "STRING \"/app/\"",
                "JSON_PUNCTUATION ]");
    }

    @Test
    void heredocMarkerBodyAndDelimiter() {
        String text = "RUN <<EOF\necho $HOME\nEOF\nCOPY <<'X' /a\n$NOT\nX\n";

        assertThat(spans(text)).containsExactly("INSTRUCTION RUN", "HEREDOC_MARKER <<EOF", "HEREDOC echo ",
                "VARIABLE $HOME", "HEREDOC \n", "HEREDOC_MARKER EOF", "INSTRUCTION COPY", "HEREDOC_MARKER <<'X'",
                "HEREDOC $NOT\n", "HEREDOC_MARKER X");
    }

    @Test
    void aBackslashAtTheEndOfAHeredocLineIsPartOfTheBody() {
        String text = "RUN <<EOF\nls \\\n  -l\nEOF\n";

        assertThat(spans(text)).containsExactly("INSTRUCTION RUN", "HEREDOC_MARKER <<EOF", "HEREDOC ls \\\n  -l\n",
                "HEREDOC_MARKER EOF");
    }

    @Test
    void stageNameKeywordAndHealthcheckType() {
        assertThat(spans("FROM golang:${V} as build\nHEALTHCHECK --interval=5s CMD [\"true\"]\n")).containsExactly(
                "INSTRUCTION FROM", "VARIABLE ${V}", "KEYWORD as", "INSTRUCTION HEALTHCHECK", "FLAG --interval=",
                "KEYWORD CMD", "JSON_PUNCTUATION [", "STRING \"true\"", "JSON_PUNCTUATION ]");
    }

    @Test
    void onbuildPaintsItsTrigger() {
        assertThat(spans("ONBUILD RUN --mount=type=cache echo \"$X\"\n")).containsExactly("INSTRUCTION ONBUILD",
                "INSTRUCTION RUN", "FLAG --mount=", "STRING \"", "VARIABLE $X", "STRING \"");
    }

    @Test
    void unterminatedStringsAndHeredocsStopAtTheEnd() {
        assertThat(spans("RUN echo \"open")).containsExactly("INSTRUCTION RUN", "STRING \"open");
        assertThat(spans("RUN <<EOF\nbody")).containsExactly("INSTRUCTION RUN", "HEREDOC_MARKER <<EOF", "HEREDOC body");
    }

    @Test
    void pairsOfQuotesAndBrackets() {
        String text = "CMD [\"a\"]\nRUN echo 'x'\n";
        Highlighting highlighting = DockerfileHighlighter.analyze(Dockerfile.parse(text));

        assertThat(highlighting.pairs()).containsExactly(new MatchingPair(4, 8), new MatchingPair(5, 7),
                new MatchingPair(19, 21));
    }
}
