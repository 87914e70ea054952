package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.SyntaxProblem;
import dev.drydock.core.dockerfile.instruction.Heredoc;
import dev.drydock.core.dockerfile.instruction.InstructionParts;
import dev.drydock.core.dockerfile.instruction.Word;

import java.util.List;

/**
 * The arguments of one instruction while its family parser reads them: the logical line, where the
 * arguments start and end in it, the escape character, the heredocs already read, and where problems go.
 */
record Arguments(InstructionParts parts, LogicalText line, int from, int to, char escape, List<Heredoc> heredocs,
                 List<SyntaxProblem> problems) {

    boolean isEmpty() {
        return from >= to;
    }

    String text() {
        return line.text().substring(from, to);
    }

    List<Word> words() {
        return WordSplitter.words(line, from, to, escape);
    }

    /** All the arguments as one word, as Docker reads WORKDIR, USER, STOPSIGNAL and MAINTAINER. */
    Word whole() {
        return WordSplitter.word(line, from, to, escape);
    }

    Word word(int start, int end) {
        return WordSplitter.word(line, start, end, escape);
    }

    /** An empty word where the arguments would start, for instructions missing them. */
    Word missing() {
        return new Word("", "", line.range(from, from));
    }

    SourceRange range() {
        return line.range(from, to);
    }

    void problem(String message) {
        problems.add(new SyntaxProblem(message, isEmpty() ? parts.keywordRange() : range()));
    }

    void problem(String message, SourceRange range) {
        problems.add(new SyntaxProblem(message, range));
    }

    String keyword() {
        return parts.keyword().toUpperCase(java.util.Locale.ROOT);
    }
}
