package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class RootUserReenteredTest {

    @Test
    void cases() {
        catches("DD5006", "FROM debian\nUSER app\nUSER root\nUSER app\n");
        catches("DD5006", "FROM debian\nUSER 1000\nUSER 0:0\nRUN x\nUSER 1000\n");
        catches("DD5006", "FROM debian\nARG ADMIN=root\nUSER app\nUSER ${ADMIN}\nUSER app\n");
        passes("DD5006", "FROM debian\nUSER root\nUSER app\n");
        passes("DD5006", "FROM debian\nUSER app\nUSER root\n");
        passes("DD5006", "FROM debian AS a\nUSER app\nFROM debian\nUSER root\nUSER app\n");
        passes("DD5006", "FROM debian\nUSER app\nUSER rooter\nUSER app\n");
    }
}
