package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.Instruction;

import java.util.Optional;

/**
 * A build argument or environment variable in effect at some instruction. {@code value} is the default
 * or assigned value with variables already expanded; empty for an ARG declared without a default
 * (set only by {@code --build-arg}). {@code declaredBy} is the ARG or ENV that set it last; empty for the
 * platform arguments BuildKit declares by itself ({@code BUILDPLATFORM}, {@code TARGETOS}...).
 */
public record Variable(String name, Optional<String> value, boolean environment, Optional<Instruction> declaredBy) {

    /** Whether BuildKit declared it, not the Dockerfile. */
    public boolean isAutomatic() {
        return declaredBy.isEmpty();
    }
}
