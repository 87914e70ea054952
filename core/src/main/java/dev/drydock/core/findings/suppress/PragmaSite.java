package dev.drydock.core.findings.suppress;

import java.util.Objects;

/**
 * A comment of a Dockerfile that may hold a pragma, with the instruction that follows it: the shape
 * the parser's comments are mapped into. Lines are 1-based; {@code nextInstructionStartLine} is 0 when
 * no instruction follows the comment.
 */
public record PragmaSite(String commentText, int commentLine, int nextInstructionStartLine, int nextInstructionEndLine) {

    public PragmaSite {
        Objects.requireNonNull(commentText, "commentText");
        if (commentLine < 1) {
            throw new IllegalArgumentException("comment line must be 1 or more: " + commentLine);
        }
        if (nextInstructionStartLine != 0 && nextInstructionEndLine < nextInstructionStartLine) {
            throw new IllegalArgumentException("instruction ends before it starts: "
                    + nextInstructionStartLine + ".." + nextInstructionEndLine);
        }
    }

    /** A comment with no instruction after it. */
    public static PragmaSite atEnd(String commentText, int commentLine) {
        return new PragmaSite(commentText, commentLine, 0, 0);
    }

    public boolean hasNextInstruction() {
        return nextInstructionStartLine > 0;
    }
}
