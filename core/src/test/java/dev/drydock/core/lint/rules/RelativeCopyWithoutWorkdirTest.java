package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class RelativeCopyWithoutWorkdirTest {

    @Test
    void cases() {
        catches("DD3045", "FROM alpine:3.20\nCOPY a.txt data/\n");
        catches("DD3045", "FROM alpine:3.20\nCOPY a.txt .\n");
        catches("DD3045", "FROM alpine:3.20 AS base\nCOPY a.txt /a.txt\nFROM base\nCOPY b.txt b/\n");
        catches("DD3045", "FROM alpine:3.20\nCOPY a.txt data/\nWORKDIR /srv\n");
        passes("DD3045", "FROM alpine:3.20\nWORKDIR /srv\nCOPY a.txt data/\n");
        passes("DD3045", "FROM alpine:3.20 AS base\nWORKDIR /srv\nFROM base\nCOPY a.txt data/\n");
        passes("DD3045", "FROM alpine:3.20\nCOPY a.txt /srv/\nCOPY [\"b c.txt\", \"/srv/\"]\n");
        passes("DD3045", "FROM alpine:3.20\nCOPY a.txt $HOME/\n");
        passes("DD3045", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a.txt c:\\\\app\\\\\n");
    }
}
