package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class MultipleEntrypointTest {

    @Test
    void cases() {
        catches("DD4004", "FROM nginx:1.27\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n");
        catches("DD4004", "FROM nginx:1.27\nENTRYPOINT a\nCMD [\"x\"]\nentrypoint b\n");
        passes("DD4004", "FROM nginx:1.27\nENTRYPOINT [\"a\"]\nCMD [\"b\"]\n");
        passes("DD4004", "FROM nginx:1.27 AS a\nENTRYPOINT [\"a\"]\nFROM a\nENTRYPOINT [\"b\"]\n");
    }
}
