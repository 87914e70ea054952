package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.Comment;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.dockerfile.ParserDirective;
import dev.drydock.core.dockerfile.SourceElement;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.SyntaxProblem;
import dev.drydock.core.dockerfile.Trivia;
import dev.drydock.core.dockerfile.instruction.Instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Dockerfile in one pass over its lines: parser directives at the top, then comments,
 * instructions (continued lines joined, heredoc bodies read) and the trivia between them. Never throws
 * on any text: what Docker would reject becomes a {@link SyntaxProblem}. Use {@link Dockerfile#parse}.
 */
public final class DockerfileParser {

    private final String source;
    private final LineIndex index;
    private final SourceLines lines;
    private final List<SourceElement> elements = new ArrayList<>();
    private final List<ParserDirective> directives = new ArrayList<>(2);
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<SyntaxProblem> problems = new ArrayList<>();
    private final List<SourceRange> emptyContinuationLines = new ArrayList<>();
    private char escape = '\\';
    private int covered;

    private DockerfileParser(String source) {
        this.source = source;
        this.index = new LineIndex(source);
        this.lines = new SourceLines(source);
    }

    public static Dockerfile parse(String source) {
        return new DockerfileParser(source).read();
    }

    private Dockerfile read() {
        int line = 0;
        if (source.startsWith("\uFEFF")) {
            line = 1;
        }
        boolean directivesAllowed = true;
        LineJoiner joiner = new LineJoiner(lines, index);
        HeredocReader heredocReader = new HeredocReader(lines, index);
        while (lines.hasLine(line)) {
            int contentEnd = lines.contentEnd(line);
            int first = lines.firstNonSpace(line, contentEnd);
            if (first == contentEnd) {
                directivesAllowed = false;
                line = lines.nextLine(line);
            } else if (source.charAt(first) == '#') {
                Optional<ParserDirective> directive = directivesAllowed
                        ? DirectiveReader.read(source, index, first, contentEnd) : Optional.empty();
                if (directive.isPresent()) {
                    directive(directive.get());
                } else {
                    directivesAllowed = false;
                    Comment comment = new Comment(source.substring(first + 1, contentEnd), index.range(first, contentEnd),
                            false);
                    comments.add(comment);
                    add(comment);
                }
                line = lines.nextLine(line);
            } else {
                directivesAllowed = false;
                JoinedLine joined = joiner.join(first, escape);
                HeredocReader.Result[] read = {null};
                Instruction instruction = InstructionParser.parse(joined.text(), joined.end(), escape,
                        from -> read[0] = heredocReader.read(joined, from, problems), problems);
                comments.addAll(joined.comments());
                emptyContinuationLines.addAll(joined.emptyContinuationLines());
                instructions.add(instruction);
                add(instruction);
                line = read[0] == null ? joined.next() : read[0].next();
            }
        }
        if (covered < source.length()) {
            elements.add(new Trivia(index.range(covered, source.length())));
        }
        return new Dockerfile(source, index, elements, directives, escape, instructions, comments, problems,
                emptyContinuationLines);
    }

    private void directive(ParserDirective directive) {
        for (ParserDirective seen : directives) {
            if (seen.name().equals(directive.name())) {
                problems.add(new SyntaxProblem("The parser directive '" + directive.name()
                        + "' is given twice; keep only one.", directive.range()));
            }
        }
        if (directive.name().equals("escape")) {
            if (directive.value().equals("\\") || directive.value().equals("`")) {
                escape = directive.value().charAt(0);
            } else {
                problems.add(new SyntaxProblem("The escape character must be \\ or ` (backtick), not '"
                        + directive.value() + "'.", directive.valueRange()));
            }
        }
        directives.add(directive);
        add(directive);
    }

    private void add(SourceElement element) {
        int start = element.range().startOffset();
        if (start > covered) {
            elements.add(new Trivia(index.range(covered, start)));
        }
        elements.add(element);
        covered = element.range().endOffset();
    }
}
