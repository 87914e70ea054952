package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.parser.DockerfileParser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed Dockerfile: immutable, lossless, every node with its source range. Parsing never throws;
 * what Docker would reject is listed in {@link #problems()}. The {@link #elements()} cover the text
 * without gap or overlap, so {@link #print()} gives back the exact text.
 */
public final class Dockerfile {

    private final String text;
    private final LineIndex lines;
    private final List<SourceElement> elements;
    private final List<ParserDirective> directives;
    private final char escape;
    private final List<Instruction> instructions;
    private final List<Comment> comments;
    private final List<SyntaxProblem> problems;
    private final List<SourceRange> emptyContinuationLines;
    private volatile Scopes scopes;

    /** Built by the parser; use {@link #parse(String)}. */
    public Dockerfile(String text, LineIndex lines, List<SourceElement> elements, List<ParserDirective> directives,
                      char escape, List<Instruction> instructions, List<Comment> comments,
                      List<SyntaxProblem> problems, List<SourceRange> emptyContinuationLines) {
        this.text = text;
        this.lines = lines;
        this.elements = List.copyOf(elements);
        this.directives = List.copyOf(directives);
        this.escape = escape;
        this.instructions = List.copyOf(instructions);
        this.comments = List.copyOf(comments);
        this.problems = List.copyOf(problems);
        this.emptyContinuationLines = List.copyOf(emptyContinuationLines);
    }

    /** Parses any text; never throws. */
    public static Dockerfile parse(String text) {
        return DockerfileParser.parse(text);
    }

    public String text() {
        return text;
    }

    public LineIndex lines() {
        return lines;
    }

    /** Directives, comments, instructions and trivia in order; together they cover the whole text. */
    public List<SourceElement> elements() {
        return elements;
    }

    public List<ParserDirective> directives() {
        return directives;
    }

    /** The directive named {@code name} ({@code syntax}, {@code escape}, {@code check}). */
    public Optional<ParserDirective> directive(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return directives.stream().filter(directive -> directive.name().equals(wanted)).findFirst();
    }

    /** The active escape character: {@code \} unless {@code # escape=`} says otherwise. */
    public char escapeCharacter() {
        return escape;
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    /** Every comment, those between continued lines included. */
    public List<Comment> comments() {
        return comments;
    }

    public List<SyntaxProblem> problems() {
        return problems;
    }

    /**
     * Blank lines between an instruction's continued lines. Docker skips them but warns that they will
     * become errors; each range covers the line's blanks (empty for an empty line).
     */
    public List<SourceRange> emptyContinuationLines() {
        return emptyContinuationLines;
    }

    public List<Stage> stages() {
        return scopes().stages();
    }

    /** The last stage, the one {@code docker build} outputs without {@code --target}. */
    public Optional<Stage> finalStage() {
        List<Stage> stages = stages();
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /** The stage named {@code name} (case-insensitive) or with that index. */
    public Optional<Stage> stage(String nameOrIndex) {
        String wanted = nameOrIndex.toLowerCase(Locale.ROOT);
        for (Stage stage : stages()) {
            if (stage.name().map(wanted::equals).orElse(false) || Integer.toString(stage.index()).equals(wanted)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The stage an instruction belongs to (a FROM belongs to the stage it starts); empty before any FROM. */
    public Optional<Stage> stageOf(Instruction instruction) {
        int index = scopes().scope(instruction).stage();
        return index < 0 ? Optional.empty() : Optional.of(stages().get(index));
    }

    /** The build arguments and environment variables visible to {@code instruction}. */
    public Variables variablesAt(Instruction instruction) {
        return scopes().scope(instruction).variables();
    }

    /** The SHELL in effect for {@code instruction}; empty when the stage never set one (the image's default). */
    public Optional<List<String>> shellAt(Instruction instruction) {
        return scopes().scope(instruction).shell();
    }

    /** {@code word} as written, with quotes removed and variables expanded as they are at {@code instruction}. */
    public String expand(Instruction instruction, String word) {
        return VariableExpander.process(word, escape, variablesAt(instruction)::lookup);
    }

    /** The instruction whose range contains {@code offset}, for an editor's caret. */
    public Optional<Instruction> instructionAt(int offset) {
        int low = 0;
        int high = instructions.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            SourceRange range = instructions.get(middle).range();
            if (offset < range.startOffset()) {
                high = middle - 1;
            } else if (offset >= range.endOffset()) {
                low = middle + 1;
            } else {
                return Optional.of(instructions.get(middle));
            }
        }
        return Optional.empty();
    }

    /**
     * The text reassembled from the elements in order: each comment from its text, each instruction from
     * its keyword followed by what is written after it (flags, arguments, continued lines, heredoc
     * bodies), and the directives and trivia between them. Equal to {@link #text()} for any input; the
     * tests hold it to that.
     */
    public String print() {
        StringBuilder out = new StringBuilder(text.length());
        for (SourceElement element : elements) {
            SourceRange range = element.range();
            if (element instanceof Comment comment) {
                out.append('#').append(comment.text());
            } else if (element instanceof Instruction instruction && !isSplit(instruction.keywordRange(), instruction)) {
                out.append(instruction.keyword()).append(text, instruction.keywordRange().endOffset(), range.endOffset());
            } else {
                out.append(text, range.startOffset(), range.endOffset());
            }
        }
        return out.toString();
    }

    /** A keyword written across a line continuation ({@code RU\}, {@code N}) is printed as written. */
    private static boolean isSplit(SourceRange keywordRange, Instruction instruction) {
        return keywordRange.length() != instruction.keyword().length();
    }

    private Scopes scopes() {
        Scopes computed = scopes;
        if (computed == null) {
            computed = Scopes.of(instructions, escape, lines);
            scopes = computed;
        }
        return computed;
    }
}
