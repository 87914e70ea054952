package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class FromWithPlatformTest {

    @Test
    void cases() {
        catches("DD3029", "FROM --platform=linux/amd64 debian:12\n");
        catches("DD3029", "FROM --platform=linux/arm64/v8 debian:12 AS base\n");
        passes("DD3029", "FROM debian:12\n");
        passes("DD3029", "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n");
        passes("DD3029", "FROM --platform=${TARGETPLATFORM} debian:12\n");
    }
}
