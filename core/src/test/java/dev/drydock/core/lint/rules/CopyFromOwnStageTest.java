package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class CopyFromOwnStageTest {

    @Test
    void cases() {
        catches("DD3023", "FROM golang:1.23 AS build\nCOPY --from=build /a /a\n");
        catches("DD3023", "FROM golang:1.23 AS Build\nCOPY --from=BUILD /a /a\n");
        catches("DD3023", "FROM golang:1.23\nCOPY --from=0 /a /a\n");
        passes("DD3023", "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n");
        passes("DD3023", "FROM golang:1.23 AS build\nCOPY --from=nginx:1.27 /a /a\n");
    }
}
