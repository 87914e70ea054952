package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class WholeContextCopiedIntoFinalImageTest {

    @Test
    void cases() {
        catches("DD5015", "FROM node\nCOPY . .\n");
        catches("DD5015", "FROM node\nADD ./ /app/\n");
        catches("DD5015", "FROM node\nCOPY [\".\", \"/app\"]\n");
        catches("DD5015", "FROM node\nCOPY * ./\n");
        passes("DD5015", "FROM node AS build\nCOPY . .\nFROM node\nCOPY --from=build /app/dist /app\n");
        passes("DD5015", "FROM node\nCOPY src/ ./src/\nCOPY .npmrc ./\n");
        passes("DD5015", "FROM node\nCOPY --from=build . .\n");
    }
}
