package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class InvalidLabelKeyTest {

    @Test
    void cases() {
        catches("DD3048", "FROM debian\nLABEL Version=1\n");
        catches("DD3048", "FROM debian\nLABEL io.docker.x=1\n");
        catches("DD3048", "FROM debian\nLABEL a=1 \\\n      org--example=2\n");
        catches("DD3048", "FROM debian\nLABEL 1st=x\n");
        catches("DD3048", "FROM debian\nLABEL org.example.app_name=x\n");
        passes("DD3048", "FROM debian\nLABEL org.opencontainers.image.version=1 maintainer=x\n");
        passes("DD3048", "FROM debian\nLABEL \"org.example.app\"=\"My app\"\n");
        passes("DD3048", "FROM debian\nLABEL a1=x\n");
    }
}
