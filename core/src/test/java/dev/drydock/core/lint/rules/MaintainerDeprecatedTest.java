package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class MaintainerDeprecatedTest {

    @Test
    void cases() {
        catches("DD4000", "FROM alpine\nMAINTAINER jane@example.com\n");
        catches("DD4000", "FROM alpine\nmaintainer Jane Doe\n");
        passes("DD4000", "FROM alpine\nLABEL org.opencontainers.image.authors=jane@example.com\n");
    }
}
