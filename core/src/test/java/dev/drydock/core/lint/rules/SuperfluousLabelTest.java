package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.rules.LabelSchemaCases.catches;
import static dev.drydock.core.lint.rules.LabelSchemaCases.findings;
import static dev.drydock.core.lint.rules.LabelSchemaCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class SuperfluousLabelTest {

    @Test
    void cases() {
        catches("DD3050", "FROM debian\nLABEL build-host=ci\n");
        catches("DD3050", "FROM debian\nLABEL author=a \\\n      Author=b\n");
        passes("DD3050", "FROM debian\nLABEL author=a maintainer=a@example.com\n");
        passes("DD3050", "FROM debian\nRUN echo build-host=ci\n");
    }

    @Test
    void onlyWithStrictLabels() {
        assertThat(findings("DD3050", "FROM debian\nLABEL build-host=ci\n", LabelSchemaCases.schema(false))).isEmpty();
    }
}
