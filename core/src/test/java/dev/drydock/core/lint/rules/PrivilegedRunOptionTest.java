package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class PrivilegedRunOptionTest {

    @Test
    void cases() {
        catches("DD5016", "FROM debian\nRUN --security=insecure make\n");
        catches("DD5016", "FROM debian\nRUN --network=HOST make\n");
        catches("DD5016", "FROM debian\nRUN --network=host <<EOF\nmake\nEOF\n");
        catches("DD5016", "FROM debian\nRUN --network=host [\"make\"]\n");
        passes("DD5016", "FROM debian\nRUN --network=none make\n");
        passes("DD5016", "FROM debian\nRUN echo --security=insecure\n");
        passes("DD5016", "FROM debian\nCOPY --link a b\n");
    }
}
