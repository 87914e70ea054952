package dev.drydock.core.dockerfile.instruction;

import dev.drydock.core.dockerfile.SourceRange;

import java.util.Optional;

/**
 * A flag written before an instruction's arguments, like {@code --from=build} or {@code --link}.
 * {@code name} is without the leading dashes ({@code from}); {@code value} is empty for a flag written
 * without {@code =}. {@code valueRange} is where the value is written (an empty range after the name
 * when there is none).
 */
public record Flag(String name, Optional<String> value, SourceRange range, SourceRange valueRange) {

    /** The value, or {@code ""} for a flag written without one. */
    public String valueOrEmpty() {
        return value.orElse("");
    }
}
