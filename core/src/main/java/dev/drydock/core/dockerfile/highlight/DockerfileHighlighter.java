package dev.drydock.core.dockerfile.highlight;

import dev.drydock.core.dockerfile.Comment;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.ParserDirective;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.suppress.PragmaParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Syntax highlighting of a parsed Dockerfile, computed from its AST (never from regexes over the
 * text): directives, comments and linter pragmas, instruction keywords, flags, strings, variables,
 * heredocs, the escape characters that continue lines, and the punctuation of the JSON form. One
 * pass over the text; a 1,000-line file takes well under a millisecond after parsing.
 */
public final class DockerfileHighlighter {

    private DockerfileHighlighter() {
    }

    /** The highlighted spans of {@code dockerfile}: sorted, never overlapping; the rest is plain text. */
    public static List<HighlightSpan> highlight(Dockerfile dockerfile) {
        return analyze(dockerfile).spans();
    }

    /** The spans and the bracket and quote pairs, for an editor that also shows matching brackets. */
    public static Highlighting analyze(Dockerfile dockerfile) {
        String text = dockerfile.text();
        KindCanvas canvas = new KindCanvas(text.length());
        List<MatchingPair> pairs = new ArrayList<>();
        ArgumentPainter arguments = new ArgumentPainter(canvas, pairs);
        InstructionPainter instructions = new InstructionPainter(text, dockerfile.lines(),
                dockerfile.escapeCharacter(), canvas, arguments);
        for (ParserDirective directive : dockerfile.directives()) {
            canvas.paint(directive.range(), HighlightKind.DIRECTIVE);
        }
        for (Instruction instruction : dockerfile.instructions()) {
            instructions.paint(instruction);
        }
        for (Comment comment : dockerfile.comments()) {
            boolean pragma = PragmaParser.parse(comment.text()).isPresent();
            canvas.paint(comment.range(), pragma ? HighlightKind.PRAGMA : HighlightKind.COMMENT);
        }
        pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return new Highlighting(canvas.spans(), pairs);
    }
}
