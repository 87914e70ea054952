package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class BaseImageWithoutTagTest {

    @Test
    void cases() {
        catches("DD3006", "FROM debian\n");
        catches("DD3006", "FROM registry.example.com:5000/team/app AS app\n");
        catches("DD3006", "ARG BASE=debian\nFROM ${BASE}\n");
        catches("DD3006", "FROM build\nFROM debian AS build\n");
        passes("DD3006", "FROM debian:12\n");
        passes("DD3006", "FROM scratch\n");
        passes("DD3006", "FROM debian@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a\n");
        passes("DD3006", "FROM golang:1.23 AS Build\nRUN make\nFROM build\n");
        passes("DD3006", "ARG BASE\nFROM ${BASE}\n");
        passes("DD3006", "ARG VERSION=12\nFROM debian:${VERSION}\n");
    }
}
