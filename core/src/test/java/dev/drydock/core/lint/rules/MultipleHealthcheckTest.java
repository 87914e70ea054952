package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class MultipleHealthcheckTest {

    @Test
    void cases() {
        catches("DD3012", "FROM nginx:1.27\nHEALTHCHECK NONE\nHEALTHCHECK CMD [\"true\"]\n");
        catches("DD3012", "FROM nginx:1.27\nHEALTHCHECK CMD [\"a\"]\nRUN echo\nHEALTHCHECK CMD [\"b\"]\n");
        passes("DD3012", "FROM nginx:1.27\nHEALTHCHECK CMD [\"a\"]\n");
        passes("DD3012", "FROM nginx:1.27 AS a\nHEALTHCHECK CMD [\"a\"]\nFROM a\nHEALTHCHECK CMD [\"b\"]\n");
    }
}
