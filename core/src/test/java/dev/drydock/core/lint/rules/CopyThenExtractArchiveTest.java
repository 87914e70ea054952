package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class CopyThenExtractArchiveTest {

    @Test
    void cases() {
        catches("DD3010", "FROM debian\nCOPY a.tgz /tmp/\nRUN tar -xzf /tmp/a.tgz\n");
        catches("DD3010", "FROM debian\nCOPY src/a.tar.xz /tmp/x.tar.xz\nRUN tar --extract -f /tmp/x.tar.xz\n");
        catches("DD3010", "FROM debian\nCOPY a.tar /tmp/\nRUN mkdir /o && \\\n    tar xf /tmp/a.tar -C /o\n");
        catches("DD3010", "FROM debian\nCOPY a.tar /tmp/\nRUN <<EOF\ntar -xf /tmp/a.tar\nEOF\n");
        passes("DD3010", "FROM debian\nCOPY a.tgz /srv/downloads/\n");
        passes("DD3010", "FROM debian\nCOPY a.tgz /tmp/\nRUN tar -tzf /tmp/a.tgz\n");
        passes("DD3010", "FROM debian\nCOPY --from=build /out/a.tgz /tmp/\nRUN tar -xzf /tmp/a.tgz\n");
        passes("DD3010", "FROM debian\nCOPY a.zip /tmp/\nRUN unzip /tmp/a.zip\n");
        passes("DD3010", "FROM debian AS one\nCOPY a.tgz /tmp/\nFROM debian\nRUN tar -xzf /tmp/a.tgz\n");
    }
}
