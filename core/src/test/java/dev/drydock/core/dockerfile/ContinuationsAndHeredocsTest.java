package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.Heredoc;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Continued lines, comments and blank lines inside them, the escape directive, and heredocs. */
class ContinuationsAndHeredocsTest {

    @Test
    void continuationDropsEscapeAndLineBreakAndKeepsIndentation() {
        assertThat(run("RUN a \\\n    b").arguments()).isEqualTo("a     b");
    }

    @Test
    void blanksAfterTheEscapeStillContinue() {
        assertThat(run("RUN a \\  \t\nb").arguments()).isEqualTo("a b");
    }

    @Test
    void commentAndEmptyLinesInsideAContinuationAreSkipped() {
        Dockerfile dockerfile = Dockerfile.parse("RUN a \\\n  # why\n\n   \n  b\nUSER c");
        assertThat(dockerfile.instructions()).hasSize(2);
        assertThat(((RunInstruction) dockerfile.instructions().get(0)).arguments()).isEqualTo("a   b");
        assertThat(dockerfile.comments()).singleElement()
                .satisfies(comment -> {
                    assertThat(comment.text()).isEqualTo(" why");
                    assertThat(comment.insideInstruction()).isTrue();
                });
    }

    @Test
    void keywordSplitByAContinuation() {
        RunInstruction run = run("RU\\\nN echo split");
        assertThat(run.keyword()).isEqualTo("RUN");
        assertThat(run.keywordRange()).hasToString("1:1-2:2");
    }

    @Test
    void emptyContinuationLinesAreListed() {
        Dockerfile dockerfile = Dockerfile.parse("RUN a \\\n\n  \t\n  b\nRUN c \\\n\n");
        assertThat(dockerfile.emptyContinuationLines()).extracting(SourceRange::toString)
                .containsExactly("2:1-2:1", "3:1-3:4");
    }

    @Test
    void continuationAtTheEndOfTheFileEndsTheInstruction() {
        Dockerfile dockerfile = Dockerfile.parse("RUN a \\");
        assertThat(run("RUN a \\").arguments()).isEqualTo("a");
        assertThat(dockerfile.problems()).isEmpty();
    }

    @Test
    void crlfLineEndsAreNotPartOfTheText() {
        assertThat(run("RUN a \\\r\n  b\r\n").arguments()).isEqualTo("a   b");
    }

    @Test
    void backtickEscapeDirectiveMakesBackslashesPlain() {
        Dockerfile dockerfile = Dockerfile.parse("# escape=`\nRUN dir C:\\ `\n  && echo ok\nCOPY a\\ C:\\b\\");
        assertThat(dockerfile.escapeCharacter()).isEqualTo('`');
        assertThat(dockerfile.instructions()).hasSize(2);
        assertThat(dockerfile.instructions().get(0).arguments()).isEqualTo("dir C:\\   && echo ok");
        CopyInstruction copy = (CopyInstruction) dockerfile.instructions().get(1);
        assertThat(copy.destination().orElseThrow().value()).isEqualTo("C:\\b\\");
    }

    @Test
    void directivesOnlyCountAtTheTop() {
        Dockerfile dockerfile = Dockerfile.parse("# syntax=docker/dockerfile:1\n# Check = skip=all\n\n# escape=`\nFROM a");
        assertThat(dockerfile.directives()).extracting(ParserDirective::name).containsExactly("syntax", "check");
        assertThat(dockerfile.directive("CHECK").map(ParserDirective::value)).contains("skip=all");
        assertThat(dockerfile.escapeCharacter()).isEqualTo('\\');
        assertThat(dockerfile.comments()).extracting(Comment::text).containsExactly(" escape=`");
    }

    @Test
    void anUnknownDirectiveEndsTheDirectives() {
        Dockerfile dockerfile = Dockerfile.parse("# foo=bar\n# escape=`\nFROM a");
        assertThat(dockerfile.directives()).isEmpty();
        assertThat(dockerfile.escapeCharacter()).isEqualTo('\\');
    }

    @Test
    void badAndRepeatedDirectivesAreProblems() {
        assertThat(Dockerfile.parse("# escape=x\nFROM a").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.range()).hasToString("1:10-1:11"));
        assertThat(Dockerfile.parse("# syntax=a\n# syntax=b\nFROM a").problems()).hasSize(1);
    }

    @Test
    void heredocBodyAndDelimiter() {
        RunInstruction run = run("RUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n");
        Heredoc heredoc = run.heredocs().get(0);
        assertThat(heredoc.delimiter()).isEqualTo("EOF");
        assertThat(heredoc.content()).isEqualTo("apt-get update\napt-get install -y curl\n");
        assertThat(heredoc.terminated()).isTrue();
        assertThat(heredoc.quoted()).isFalse();
    }

    @Test
    void dashHeredocStripsLeadingTabs() {
        Heredoc heredoc = run("RUN <<-EOF\n\t\techo a\n\tEOF").heredocs().get(0);
        assertThat(heredoc.stripsTabs()).isTrue();
        assertThat(heredoc.content()).isEqualTo("echo a\n");
        assertThat(heredoc.body().range(0, 4).text("RUN <<-EOF\n\t\techo a\n\tEOF")).isEqualTo("echo");
    }

    @Test
    void quotedDelimitersTurnOffExpansion() {
        assertThat(run("RUN <<\"EOF\"\nx\nEOF").heredocs().get(0).quoted()).isTrue();
        assertThat(run("RUN <<'EOF'\nx\nEOF").heredocs().get(0).quoted()).isTrue();
        assertThat(run("RUN <<'EOF'\nx\nEOF").heredocs().get(0).delimiter()).isEqualTo("EOF");
    }

    @Test
    void severalHeredocsAreReadInOrder() {
        Dockerfile dockerfile = Dockerfile.parse("COPY <<A <<B /etc/\none\nA\ntwo\nB\nUSER x\n");
        CopyInstruction copy = (CopyInstruction) dockerfile.instructions().get(0);
        assertThat(copy.heredocs()).extracting(Heredoc::content).containsExactly("one\n", "two\n");
        assertThat(copy.sources()).isEmpty();
        assertThat(copy.destination().orElseThrow().value()).isEqualTo("/etc/");
        assertThat(dockerfile.instructions()).hasSize(2);
    }

    @Test
    void delimiterLineMustMatchExactly() {
        Heredoc heredoc = run("RUN <<EOF\n EOF\nEOF \nEOF\n").heredocs().get(0);
        assertThat(heredoc.content()).isEqualTo(" EOF\nEOF \n");
    }

    @Test
    void heredocsOnlyForRunCopyAdd() {
        Dockerfile dockerfile = Dockerfile.parse("CMD cat <<EOF\nUSER x\n");
        assertThat(dockerfile.instructions()).hasSize(2);
    }

    @Test
    void herestringAndQuotedMarkerAreNotHeredocs() {
        assertThat(run("RUN cat <<<word").heredocs()).isEmpty();
        assertThat(run("RUN echo \"<<EOF\"").heredocs()).isEmpty();
    }

    @Test
    void unterminatedHeredocTakesTheRestAndIsAProblem() {
        Dockerfile dockerfile = Dockerfile.parse("RUN <<EOF\necho a\nUSER x\n");
        assertThat(dockerfile.instructions()).hasSize(1);
        assertThat(((RunInstruction) dockerfile.instructions().get(0)).heredocs().get(0).terminated()).isFalse();
        assertThat(dockerfile.problems()).hasSize(1);
        assertThat(dockerfile.print()).isEqualTo("RUN <<EOF\necho a\nUSER x\n");
    }

    private static RunInstruction run(String text) {
        Dockerfile dockerfile = Dockerfile.parse(text);
        assertThat(dockerfile.print()).isEqualTo(text);
        DockerfileCorpusTest.assertTiles(dockerfile);
        return (RunInstruction) dockerfile.instructions().get(0);
    }
}
