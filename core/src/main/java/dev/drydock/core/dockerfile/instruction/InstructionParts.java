package dev.drydock.core.dockerfile.instruction;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;

import java.util.List;

/**
 * What every instruction has: the keyword as written, the whole instruction's range (continued lines
 * and heredoc bodies included, the final line break excluded), the keyword's range, the flags, and the
 * arguments after the flags as one logical line.
 */
public record InstructionParts(String keyword, SourceRange range, SourceRange keywordRange, List<Flag> flags,
                               LogicalText arguments) {
}
