package dev.drydock.core.dockerfile.instruction;

import dev.drydock.core.dockerfile.SourceElement;
import dev.drydock.core.dockerfile.SourceRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Dockerfile instruction, typed by what it is. Rules pattern-match on the records
 * ({@code if (instruction instanceof RunInstruction run)}) and never re-read the text.
 */
public sealed interface Instruction extends SourceElement
        permits FromInstruction, RunInstruction, CmdInstruction, EntrypointInstruction, ShellInstruction,
        LabelInstruction, EnvInstruction, ArgInstruction, ExposeInstruction, AddInstruction, CopyInstruction,
        WorkdirInstruction, UserInstruction, VolumeInstruction, StopsignalInstruction, HealthcheckInstruction,
        OnbuildInstruction, MaintainerInstruction, UnknownInstruction {

    InstructionParts parts();

    InstructionKind kind();

    /** The keyword as written ({@code run} stays {@code run}). */
    default String keyword() {
        return parts().keyword();
    }

    @Override
    default SourceRange range() {
        return parts().range();
    }

    default SourceRange keywordRange() {
        return parts().keywordRange();
    }

    default List<Flag> flags() {
        return parts().flags();
    }

    /** The first flag named {@code name} (without dashes: {@code "mount"}). */
    default Optional<Flag> flag(String name) {
        for (Flag flag : flags()) {
            if (flag.name().equals(name)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }

    /** Every flag named {@code name}; RUN may carry several {@code --mount}. */
    default List<Flag> flags(String name) {
        List<Flag> named = new ArrayList<>(1);
        for (Flag flag : flags()) {
            if (flag.name().equals(name)) {
                named.add(flag);
            }
        }
        return List.copyOf(named);
    }

    /** The arguments after the flags, continued lines joined, as Docker reads them. */
    default String arguments() {
        return parts().arguments().text();
    }

    default SourceRange argumentsRange() {
        return parts().arguments().range();
    }
}
