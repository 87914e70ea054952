package dev.drydock.app.gui.audit;

import dev.drydock.core.audit.harden.HardeningOption;

/** One option of the hardened run configuration: its flag, the findings it fixes and why. */
public record HardeningOptionRow(String flag, String fixes, String reasoning, boolean enabled) {

    public static HardeningOptionRow of(HardeningOption option) {
        return new HardeningOptionRow(option.flag(), String.join(", ", option.fixes()), option.reasoning(), option.enabled());
    }
}
