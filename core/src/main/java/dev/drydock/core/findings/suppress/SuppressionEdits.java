package dev.drydock.core.findings.suppress;

import dev.drydock.core.dockerfile.Comment;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.dockerfile.ParserDirective;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.TextRange;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits that suppress one finding with a pragma, as a {@link Fix} for the one applier: "Suppress
 * for this line" puts {@code # drydock ignore=<ID>} before the finding's instruction, "Suppress for
 * file" puts {@code # drydock global ignore=<ID>} at the top, below the parser directives (which must
 * stay first, or Docker reads them as plain comments). A justification, when given, goes on a comment
 * line above the pragma. An existing drydock pragma at that place gets the id added instead.
 */
public final class SuppressionEdits {

    /** The start of a drydock ignore pragma up to its last code; group 2 is "global " when global. */
    private static final Pattern CODES = Pattern.compile(
            "#?\\s*drydock\\s+(global\\s+)?ignore\\s*=\\s*[A-Za-z]+[0-9]+(?:\\s*,\\s*[A-Za-z]+[0-9]+)*",
            Pattern.CASE_INSENSITIVE);

    private SuppressionEdits() {
    }

    /** Suppresses {@code finding} on its instruction only. */
    public static Fix onLine(String text, Finding finding, String justification) {
        TextRange range = dockerfileRange(finding);
        Dockerfile dockerfile = Dockerfile.parse(text);
        LineIndex lines = dockerfile.lines();
        int line = dockerfile.instructionAt(range.startOffset())
                .map(instruction -> instruction.range().start().line())
                .orElse(range.startLine());
        int lineStart = lines.lineStart(line);
        String newline = newline(text);
        String id = finding.ruleId().toUpperCase(Locale.ROOT);
        List<TextEdit> edits = new ArrayList<>();
        Optional<Comment> above = line > 1 ? pragmaComment(dockerfile, line - 1, false) : Optional.empty();
        if (above.isPresent()) {
            int pragmaStart = lines.lineStart(line - 1);
            String indent = indent(text, pragmaStart);
            justificationLine(indent, justification, newline).ifPresent(comment -> edits.add(TextEdit.insert(pragmaStart, comment)));
            addCode(above.get(), id).ifPresent(edits::add);
        } else {
            String indent = indent(text, lineStart);
            String lines2 = justificationLine(indent, justification, newline).orElse("")
                    + indent + "# drydock ignore=" + id + newline;
            edits.add(TextEdit.insert(lineStart, lines2));
        }
        return fix("Suppress " + id + " on this instruction", text, edits, id);
    }

    /** Suppresses every finding of {@code finding}'s rule in the whole file. */
    public static Fix inFile(String text, Finding finding, String justification) {
        Dockerfile dockerfile = Dockerfile.parse(text);
        String newline = newline(text);
        String id = finding.ruleId().toUpperCase(Locale.ROOT);
        List<ParserDirective> directives = dockerfile.directives();
        int offset = text.startsWith("\uFEFF") ? 1 : 0;
        String prefix = "";
        if (!directives.isEmpty()) {
            ParserDirective last = directives.get(directives.size() - 1);
            int lastLine = last.range().start().line();
            if (lastLine < dockerfile.lines().lineCount()) {
                offset = dockerfile.lines().lineStart(lastLine + 1);
            } else {
                offset = text.length();
                prefix = newline;
            }
        }
        List<TextEdit> edits = new ArrayList<>();
        int line = dockerfile.lines().position(offset).line();
        Optional<Comment> existing = prefix.isEmpty() && offset < text.length()
                ? pragmaComment(dockerfile, line, true) : Optional.empty();
        Optional<String> comment = justificationLine("", justification, newline);
        if (existing.isPresent()) {
            comment.ifPresent(lineText -> edits.add(TextEdit.insert(dockerfile.lines().lineStart(line), lineText)));
            addCode(existing.get(), id).ifPresent(edits::add);
        } else {
            edits.add(TextEdit.insert(offset, prefix + comment.orElse("") + "# drydock global ignore=" + id + newline));
        }
        return fix("Suppress " + id + " in this file", text, edits, id);
    }

    private static TextRange dockerfileRange(Finding finding) {
        return finding.textRange().orElseThrow(() -> new IllegalArgumentException(
                "only a finding in a Dockerfile can be suppressed with a pragma: " + finding.location().describe()));
    }

    private static Fix fix(String title, String text, List<TextEdit> edits, String id) {
        if (edits.isEmpty()) {
            throw new IllegalArgumentException(id + " is already suppressed there.");
        }
        return Fix.of(title, Fix.Safety.SAFE, text, edits);
    }

    /** The comment on {@code line} (not inside an instruction) if it is a drydock ignore pragma of that scope. */
    private static Optional<Comment> pragmaComment(Dockerfile dockerfile, int line, boolean global) {
        for (Comment comment : dockerfile.comments()) {
            if (comment.range().start().line() == line && !comment.insideInstruction()) {
                Optional<Pragma> pragma = PragmaParser.parse(comment.text());
                if (pragma.isPresent() && pragma.get() instanceof Pragma.Ignore ignore
                        && ignore.tool() == Pragma.Tool.DRYDOCK && ignore.global() == global) {
                    return Optional.of(comment);
                }
            }
        }
        return Optional.empty();
    }

    /** An insert of {@code ,ID} after the pragma's last code; empty when the pragma names it already. */
    private static Optional<TextEdit> addCode(Comment comment, String id) {
        Optional<Pragma> pragma = PragmaParser.parse(comment.text());
        if (pragma.isPresent() && pragma.get() instanceof Pragma.Ignore ignore && ignore.codes().contains(id)) {
            return Optional.empty();
        }
        Matcher codes = CODES.matcher(comment.text());
        if (!codes.lookingAt()) {
            // leading spaces before "drydock" are matched by \s*; anything else is not a pragma we read
            throw new IllegalStateException("not a drydock ignore pragma: " + comment.text());
        }
        int end = comment.range().startOffset() + 1 + codes.end();
        return Optional.of(TextEdit.insert(end, "," + id));
    }

    /**
     * The justification as a comment line, on one line. Were it to read as a parser directive
     * ({@code syntax=…}) at the top of the file, it is labelled so it stays a comment.
     */
    private static Optional<String> justificationLine(String indent, String justification, String newline) {
        String oneLine = justification == null ? "" : justification.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (oneLine.isEmpty()) {
            return Optional.empty();
        }
        String comment = "# " + oneLine;
        if (!Dockerfile.parse(comment + "\n").directives().isEmpty() || PragmaParser.parse(comment).isPresent()) {
            comment = "# Reason: " + oneLine;
        }
        return Optional.of(indent + comment + newline);
    }

    private static String indent(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    private static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
