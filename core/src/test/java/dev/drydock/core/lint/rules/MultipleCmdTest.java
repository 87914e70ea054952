package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class MultipleCmdTest {

    @Test
    void cases() {
        catches("DD4003", "FROM nginx:1.27\nCMD [\"a\"]\nCMD [\"b\"]\n");
        catches("DD4003", "FROM nginx:1.27\nCMD a\nRUN echo\ncmd b\n");
        passes("DD4003", "FROM nginx:1.27\nCMD [\"a\"]\n");
        passes("DD4003", "FROM nginx:1.27 AS a\nCMD [\"a\"]\nFROM a\nCMD [\"b\"]\n");
        passes("DD4003", "FROM nginx:1.27\nHEALTHCHECK CMD [\"a\"]\nCMD [\"b\"]\n");
    }
}
