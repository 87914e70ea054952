package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class ShellChangedByLinkTest {

    @Test
    void cases() {
        catches("DD4005", "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n");
        catches("DD4005", "FROM debian:12\nRUN apt-get update && ln -s /bin/dash /bin/sh\n");
        catches("DD4005", "FROM debian:12\nRUN <<EOF\nln -sf /bin/bash /bin/sh\nEOF\n");
        passes("DD4005", "FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python\n");
        passes("DD4005", "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo /bin/sh\n");
    }

    @Test
    void offersSHELLOnlyWhenTheRunDoesNothingElse() {
        assertThat(findings("DD4005", "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n").get(0).fixes().get(0).edits().get(0).newText())
                .isEqualTo("SHELL [\"/bin/bash\", \"-c\"]");
        assertThat(findings("DD4005", "FROM debian:12\nRUN apt-get update && ln -s /bin/dash /bin/sh\n").get(0).fixes()).isEmpty();
    }
}
