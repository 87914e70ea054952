package dev.drydock.core.lint;

import dev.drydock.core.dockerfile.Comment;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.suppress.PragmaSite;

import java.util.ArrayList;
import java.util.List;

/** Turns the parsed comments into the places where suppression pragmas may stand. */
final class PragmaSites {

    private PragmaSites() {
    }

    static List<PragmaSite> of(Dockerfile dockerfile) {
        List<PragmaSite> sites = new ArrayList<>();
        List<Instruction> instructions = dockerfile.instructions();
        int next = 0;
        for (Comment comment : dockerfile.comments()) {
            if (comment.insideInstruction()) {
                continue;
            }
            int offset = comment.range().startOffset();
            while (next < instructions.size() && instructions.get(next).range().startOffset() < offset) {
                next++;
            }
            int line = comment.range().start().line();
            if (next < instructions.size()) {
                Instruction instruction = instructions.get(next);
                sites.add(new PragmaSite(comment.text(), line, instruction.range().start().line(),
                        lastLine(instruction)));
            } else {
                sites.add(PragmaSite.atEnd(comment.text(), line));
            }
        }
        return sites;
    }

    private static int lastLine(Instruction instruction) {
        var end = instruction.range().end();
        // a range ending at the start of the next line (after its newline) still belongs to the line before
        return end.column() == 1 && end.line() > instruction.range().start().line() ? end.line() - 1 : end.line();
    }
}
