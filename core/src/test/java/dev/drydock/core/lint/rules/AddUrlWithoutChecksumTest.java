package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class AddUrlWithoutChecksumTest {

    @Test
    void cases() {
        catches("DD5002", "FROM alpine\nADD https://x.example/a.tgz /opt/\n");
        catches("DD5002", "FROM alpine\nADD [\"https://x.example/a.tgz\", \"/opt/\"]\n");
        catches("DD5002", "FROM alpine\nADD HTTPS://x.example/a.tgz /opt/\n");
        catches("DD5002", "FROM alpine\nARG BASE=https://x.example\nADD ${BASE}/a.tgz /opt/\n");
        catches("DD5002", "FROM alpine\nADD --chown=1:1 \\\n    https://x.example/a.tgz /opt/\n");
        passes("DD5002", "FROM alpine\nADD --checksum=sha256:abc https://x.example/a.tgz /opt/\n");
        passes("DD5002", "FROM alpine\nADD https://github.com/x/y.git#main /src\n");
        passes("DD5002", "FROM alpine\nADD a.tgz /opt/\n");
        passes("DD5002", "FROM alpine\nCOPY https-notes.txt /opt/\n");
    }
}
