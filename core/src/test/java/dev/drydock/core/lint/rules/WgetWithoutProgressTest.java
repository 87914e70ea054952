package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.rules.ShellBatchFixCases.fixes;
import static dev.drydock.core.lint.RuleCases.passes;

class WgetWithoutProgressTest {

    @Test
    void cases() {
        catches("DD3047", "FROM debian\nRUN wget https://example.com/x\n");
        catches("DD3047", "FROM debian\nRUN cd /tmp && \\\n    wget -O x https://example.com/x\n");
        catches("DD3047", "FROM debian\nRUN <<EOF\nwget https://example.com/x\nEOF\n");
        passes("DD3047", "FROM debian\nRUN wget --progress=dot:giga https://example.com/x\n");
        passes("DD3047", "FROM debian\nRUN wget -q https://example.com/x\n");
        passes("DD3047", "FROM debian\nRUN wget -nv https://example.com/x\n");
        passes("DD3047", "FROM debian\nRUN wget -qO- https://example.com/x\n");
        passes("DD3047", "FROM debian\nRUN wget --output-file=/tmp/log https://example.com/x\n");
    }

    @Test
    void fixAddsTheProgressOption() {
        fixes("DD3047", "FROM debian\nRUN wget -O /x https://example.com/x\n",
                "FROM debian\nRUN wget --progress=dot:giga -O /x https://example.com/x\n");
        fixes("DD3047", "FROM node:20-alpine AS base\nFROM base\nRUN wget https://example.com/x\n",
                "FROM node:20-alpine AS base\nFROM base\nRUN wget -q https://example.com/x\n");
    }
}
