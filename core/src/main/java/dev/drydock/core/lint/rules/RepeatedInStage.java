package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.lint.RuleContext;

import java.util.List;

/** Reports every instruction of a kind after the first in its stage: only the last one takes effect. */
final class RepeatedInStage {

    private RepeatedInStage() {
    }

    static void report(RuleContext context, Class<? extends Instruction> kind, String name) {
        for (Stage stage : context.dockerfile().stages()) {
            List<Instruction> found = stage.instructions().stream().filter(kind::isInstance).toList();
            for (int i = 1; i < found.size(); i++) {
                Instruction earlier = found.get(i - 1);
                context.report(found.get(i).keywordRange(), "More than one " + name + " in this stage: only the last takes effect, the one on line "
                        + earlier.range().start().line() + " is overridden");
            }
        }
    }
}
