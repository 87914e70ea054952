package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class BaseImageTaggedLatestTest {

    @Test
    void cases() {
        catches("DD3007", "FROM node:latest\n");
        catches("DD3007", "FROM registry.example.com:5000/team/app:latest AS app\n");
        catches("DD3007", "ARG TAG=latest\nFROM node:${TAG}\n");
        catches("DD3007", "FROM golang:1.23 AS build\nFROM alpine:latest\n");
        passes("DD3007", "FROM node:22.11\n");
        passes("DD3007", "FROM node:latest@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a\n");
        passes("DD3007", "FROM registry.example.com:5000/team/app\n");
        passes("DD3007", "ARG TAG=22.11\nFROM node:${TAG}\n");
    }

    @Test
    void fixesTheWrittenTagEvenAfterAVariableButNotATagFromAVariable() {
        assertThat(findings("DD3007", "ARG NODE=node\nFROM ${NODE}:latest\n").get(0).fixes()).hasSize(1);
        assertThat(findings("DD3007", "ARG TAG=latest\nFROM node:${TAG}\n").get(0).fixes()).isEmpty();
    }
}
