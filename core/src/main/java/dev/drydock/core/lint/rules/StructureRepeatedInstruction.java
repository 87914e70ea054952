package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.RuleContext;

import java.util.List;

/**
 * Reports every instruction of a kind after the first in its stage: only the last one takes effect.
 * The fix deletes the overridden one, which changes nothing in the image.
 */
final class StructureRepeatedInstruction {

    private StructureRepeatedInstruction() {
    }

    static void report(RuleContext context, Class<? extends Instruction> kind, String name) {
        String text = context.dockerfile().text();
        for (Stage stage : context.dockerfile().stages()) {
            List<Instruction> found = stage.instructions().stream().filter(kind::isInstance).toList();
            for (int i = 1; i < found.size(); i++) {
                Instruction overridden = found.get(i - 1);
                int line = overridden.range().start().line();
                int end = overridden.range().endOffset();
                if (text.startsWith("\r\n", end)) {
                    end += 2;
                } else if (text.startsWith("\n", end)) {
                    end++;
                }
                Fix fix = context.fix("Remove the overridden " + name + " on line " + line, Fix.Safety.SAFE,
                        context.replace(context.dockerfile().lines().range(overridden.range().startOffset(), end), ""));
                context.report(found.get(i).keywordRange(), "More than one " + name
                        + " in this stage: only the last takes effect, the one on line " + line + " is overridden", fix);
            }
        }
    }
}
