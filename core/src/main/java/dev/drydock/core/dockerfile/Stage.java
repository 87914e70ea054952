package dev.drydock.core.dockerfile;

import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;

import java.util.List;
import java.util.Optional;

/**
 * A build stage: a FROM and the instructions after it, up to the next FROM.
 *
 * @param index        0-based position among the stages (what {@code COPY --from=0} refers to)
 * @param instructions the stage's instructions after its FROM (ONBUILD triggers stay wrapped)
 * @param range        from the FROM to the end of the stage's last instruction
 */
public record Stage(int index, FromInstruction from, List<Instruction> instructions, SourceRange range) {

    /** The base image as written, variables unexpanded (see {@link Dockerfile#expand}). */
    public String baseImage() {
        return from.image().value();
    }

    /** The name after {@code AS}, lower-case as Docker treats it. */
    public Optional<String> name() {
        return from.stageName().map(word -> word.value().toLowerCase(java.util.Locale.ROOT));
    }

    public Optional<String> platform() {
        return from.platform();
    }
}
