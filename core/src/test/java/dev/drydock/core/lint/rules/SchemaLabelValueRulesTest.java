package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.rules.LabelSchemaCases.catches;
import static dev.drydock.core.lint.rules.LabelSchemaCases.passes;

/** DD3052 … DD3058: one value of the right and the wrong form for each schema type. */
class SchemaLabelValueRulesTest {

    private static String label(String key, String value) {
        return "FROM debian\nLABEL " + key + "=\"" + value + "\"\n";
    }

    @Test
    void url() {
        catches("DD3052", label("org.opencontainers.image.source", "example.com/app"));
        catches("DD3052", label("org.opencontainers.image.source", "https://exa mple.com"));
        passes("DD3052", label("org.opencontainers.image.source", "https://example.com/app"));
        passes("DD3052", label("author", "example.com/app"));
        passes("DD3052", "FROM debian\nARG SRC\nLABEL org.opencontainers.image.source=$SRC\n");
    }

    @Test
    void rfc3339() {
        catches("DD3053", label("org.opencontainers.image.created", "2026-05-01"));
        catches("DD3053", label("org.opencontainers.image.created", "2026-05-01T12:00:00"));
        passes("DD3053", label("org.opencontainers.image.created", "2026-05-01T12:00:00.5+02:00"));
    }

    @Test
    void spdx() {
        catches("DD3054", label("org.opencontainers.image.licenses", "Apache 2"));
        catches("DD3054", label("org.opencontainers.image.licenses", "MIT OR"));
        passes("DD3054", label("org.opencontainers.image.licenses", "MIT"));
        passes("DD3054", label("org.opencontainers.image.licenses", "(MIT OR Apache-2.0) AND BSD-3-Clause"));
    }

    @Test
    void gitHash() {
        catches("DD3055", label("org.opencontainers.image.revision", "main"));
        catches("DD3055", label("org.opencontainers.image.revision", "abc12"));
        passes("DD3055", label("org.opencontainers.image.revision", "abc1234"));
    }

    @Test
    void semver() {
        catches("DD3056", label("org.opencontainers.image.version", "v1.4.2"));
        catches("DD3056", label("org.opencontainers.image.version", "1.4"));
        passes("DD3056", label("org.opencontainers.image.version", "1.4.2-rc.1+build.7"));
        passes("DD3056", label("org.opencontainers.image.version", ""));
    }

    @Test
    void email() {
        catches("DD3058", label("maintainer", "Drydock team"));
        catches("DD3058", label("maintainer", "team@"));
        passes("DD3058", label("maintainer", "team@example.com"));
    }
}
