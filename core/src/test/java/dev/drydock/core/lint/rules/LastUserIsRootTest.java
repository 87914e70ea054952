package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class LastUserIsRootTest {

    @Test
    void cases() {
        catches("DD3002", "FROM debian\nUSER root\n");
        catches("DD3002", "FROM debian\nUSER app\nRUN make\nUSER 0\n");
        catches("DD3002", "FROM debian\nUSER root:root\nCMD [\"app\"]\n");
        catches("DD3002", "FROM debian AS build\nUSER root\nFROM debian\nUSER app\n");
        passes("DD3002", "FROM debian\nUSER root\nRUN make\nUSER app\n");
        passes("DD3002", "FROM debian\nRUN make\n");
        passes("DD3002", "FROM debian\nUSER rootless\n");
        passes("DD3002", "FROM debian\nUSER 1000:0\n");
    }
}
