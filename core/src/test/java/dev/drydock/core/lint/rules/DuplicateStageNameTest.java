package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class DuplicateStageNameTest {

    @Test
    void cases() {
        catches("DD3024", "FROM node:22 AS build\nFROM golang:1.23 AS build\n");
        catches("DD3024", "FROM node:22 AS build\nFROM golang:1.23 AS BUILD\n");
        passes("DD3024", "FROM node:22 AS web\nFROM golang:1.23 AS api\nFROM alpine:3.20\n");
        passes("DD3024", "FROM node:22\nFROM node:22\n");
    }
}
