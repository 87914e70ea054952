package dev.drydock.core.audit.harden;

import java.util.List;
import java.util.Objects;

/**
 * One option of a hardened run configuration.
 *
 * @param kind      what it does
 * @param flag      how it reads as {@code docker run} flags, e.g. {@code --cap-drop ALL}
 * @param fixes     the ids of the container's findings it removes (e.g. {@code DC5004}); empty when it
 *                  keeps a setting the container already has right
 * @param reasoning why it is there and how its value was derived, for the user
 * @param enabled   false when the user switched it off
 */
public record HardeningOption(HardeningKind kind, String flag, List<String> fixes, String reasoning, boolean enabled) {

    public HardeningOption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(reasoning, "reasoning");
        fixes = List.copyOf(fixes);
    }

    public HardeningOption withEnabled(boolean on) {
        return new HardeningOption(kind, flag, fixes, reasoning, on);
    }
}
