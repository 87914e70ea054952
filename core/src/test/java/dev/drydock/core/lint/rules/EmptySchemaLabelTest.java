package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.rules.LabelSchemaCases.catches;
import static dev.drydock.core.lint.rules.LabelSchemaCases.passes;

class EmptySchemaLabelTest {

    @Test
    void cases() {
        catches("DD3051", "FROM debian\nLABEL author=\"\"\n");
        catches("DD3051", "FROM debian\nLABEL maintainer=''\n");
        catches("DD3051", "FROM debian\nLABEL author=x \\\n      org.opencontainers.image.version=\"\"\n");
        passes("DD3051", "FROM debian\nLABEL author=x\n");
        passes("DD3051", "FROM debian\nLABEL unrelated=\"\"\n");
    }
}
