package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class WgetAndCurlBothTest {

    @Test
    void cases() {
        catches("DD4001", "FROM debian\nRUN curl -O x && wget y\n");
        catches("DD4001", "FROM debian\nRUN curl -O x\nRUN wget -q y\n");
        catches("DD4001", "FROM debian\nRUN <<EOF\ncurl -O x\nwget -q y\nEOF\n");
        passes("DD4001", "FROM debian\nRUN curl -O x && curl -O y\n");
        passes("DD4001", "FROM debian\nRUN curl -O x\nFROM alpine\nRUN wget -q y\n");
        passes("DD4001", "FROM debian\nRUN apt-get install -y curl wget\n");
    }
}
