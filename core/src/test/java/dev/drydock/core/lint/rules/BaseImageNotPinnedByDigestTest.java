package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class BaseImageNotPinnedByDigestTest {

    @Test
    void cases() {
        catches("DD5007", "FROM debian:12\n");
        catches("DD5007", "FROM debian\n");
        catches("DD5007", "FROM --platform=linux/amd64 registry.example:5000/team/app:1.0 AS base\n");
        catches("DD5007", "ARG TAG=12\nFROM debian:${TAG}\n");
        catches("DD5007", "FROM debian:12 AS base\nFROM base2\n");
        passes("DD5007", "FROM debian:12@sha256:0000000000000000000000000000000000000000000000000000000000000000\n");
        passes("DD5007", "FROM scratch\n");
        passes("DD5007", "FROM debian@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS Base\nFROM base\n");
        passes("DD5007", "ARG IMAGE\nFROM $IMAGE\n");
    }
}
