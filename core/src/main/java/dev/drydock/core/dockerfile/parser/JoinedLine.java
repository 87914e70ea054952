package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.Comment;
import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;

import java.util.List;

/**
 * An instruction's lines joined the way Docker joins them.
 *
 * @param text     the logical line, starting at the keyword
 * @param end      source offset where the instruction's text ends (before the last line break)
 * @param next     source offset of the first line after the instruction
 * @param comments comment lines found between the continued lines
 * @param emptyContinuationLines blank lines between continued lines (Docker warns about them)
 */
record JoinedLine(LogicalText text, int end, int next, List<Comment> comments,
                  List<SourceRange> emptyContinuationLines) {
}
