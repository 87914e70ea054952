package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class EnvSelfReferenceTest {

    @Test
    void cases() {
        catches("DD3044", "FROM alpine:3.20\nENV A=1 B=$A\n");
        catches("DD3044", "FROM alpine:3.20\nENV A=1 B=\"${A}/x\"\n");
        catches("DD3044", "FROM alpine:3.20\nENV A=1 \\\n    B=${A:-2}\n");
        passes("DD3044", "FROM alpine:3.20\nENV A=1\nENV B=$A\n");
        passes("DD3044", "FROM alpine:3.20\nENV A=1 B='$A'\n");
        passes("DD3044", "FROM alpine:3.20\nENV A=1 B=\\$A\n");
        passes("DD3044", "FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\n");
        passes("DD3044", "FROM alpine:3.20\nARG A=0\nENV A=1 B=$A\n");
        passes("DD3044", "FROM alpine:3.20\nENV A=1 B=$AB\n");
    }
}
