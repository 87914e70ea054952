package dev.drydock.app.gui.audit;

import dev.drydock.core.audit.harden.HardeningKind;
import dev.drydock.core.audit.harden.HardeningOption;

/**
 * One option of the hardened run configuration: what it is, its flag, the findings it fixes, why, and
 * whether it is switched on.
 */
public record HardeningOptionRow(HardeningKind kind, String flag, String fixes, String reasoning, boolean enabled) {

    public static HardeningOptionRow of(HardeningOption option) {
        return new HardeningOptionRow(option.kind(), option.flag(), String.join(", ", option.fixes()),
                option.reasoning(), option.enabled());
    }

    /** {@code Run unprivileged}. */
    public String title() {
        return kind.title();
    }
}
