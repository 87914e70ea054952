package dev.drydock.core.findings;

import java.util.Locale;

/** What a rule protects: lets users filter findings and reports group them. */
public enum RuleCategory {
    /** Exposure to attack: root users, secrets, disabled verification, privileged options. */
    SECURITY,
    /** Where software comes from: pinned versions, digests, trusted registries, checksums. */
    SUPPLY_CHAIN,
    /** Builds that break or behave differently from run to run. */
    RELIABILITY,
    /** Images larger than needed: caches, build tools left behind. */
    IMAGE_SIZE,
    /** Readability and conventions of the Dockerfile. */
    MAINTAINABILITY,
    /** Text Docker cannot parse or will reject. */
    SYNTAX;

    /** The lower-case, hyphenated name used in reports ({@code supply-chain}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
