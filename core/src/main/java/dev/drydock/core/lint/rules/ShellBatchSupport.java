package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.UserInstruction;

import java.util.Locale;
import java.util.Optional;

/** Small questions several rules of {@link ShellUserAndLabelRules} ask about a Dockerfile. */
final class ShellBatchSupport {

    private ShellBatchSupport() {
    }

    /** Whether a USER value names root: {@code root}, {@code 0}, optionally with a group. */
    static boolean isRoot(String user) {
        return user.equals("root") || user.equals("0");
    }

    /**
     * Whether {@code instruction} surely runs as root: no USER before it in its stage, or the last one
     * names root. A stage built on another stage is not followed; its user is unknown, so not surely root.
     */
    static boolean runsAsRoot(Dockerfile dockerfile, Instruction instruction) {
        Stage stage = dockerfile.stageOf(instruction).orElse(null);
        if (stage == null) {
            return true;
        }
        boolean root = dockerfile.stage(stage.baseImage()).isEmpty();
        for (Instruction earlier : stage.instructions()) {
            if (earlier == instruction) {
                break;
            }
            if (earlier instanceof UserInstruction user) {
                root = isRoot(user.user());
            }
        }
        return root;
    }

    /**
     * Whether the stage of {@code instruction} is built on Alpine or BusyBox (following FROM of earlier
     * stages): their shell is BusyBox ash and their wget is BusyBox's, with fewer options.
     */
    static boolean onBusybox(Dockerfile dockerfile, Instruction instruction) {
        Stage stage = dockerfile.stageOf(instruction).orElse(null);
        for (int hops = 0; stage != null && hops < dockerfile.stages().size(); hops++) {
            int index = stage.index();
            Optional<Stage> base = dockerfile.stage(stage.baseImage()).filter(earlier -> earlier.index() < index);
            if (base.isEmpty()) {
                String image = stage.baseImage().toLowerCase(Locale.ROOT);
                String name = image.substring(image.lastIndexOf('/') + 1);
                return name.startsWith("alpine") || name.startsWith("busybox") || name.contains("-alpine");
            }
            stage = base.get();
        }
        return false;
    }

    /** The blanks before {@code offset} on its line, so that an inserted line can keep the indentation. */
    static String indentationAt(String text, int offset) {
        int start = offset;
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        return text.substring(start, offset);
    }
}
