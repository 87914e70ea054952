package dev.drydock.core.dockerfile.instruction;

import java.util.List;

/** {@code ARG name[=default] ...}. */
public record ArgInstruction(InstructionParts parts, List<ArgDeclaration> declarations) implements Instruction {

    @Override
    public InstructionKind kind() {
        return InstructionKind.ARG;
    }
}
