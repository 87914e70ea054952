package dev.drydock.core.lint.rules;

import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.RuleCases;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.rules.ShellBatchFixCases.fixes;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class SudoInRunTest {

    @Test
    void cases() {
        catches("DD3004", "FROM debian\nRUN sudo apt-get update\n");
        catches("DD3004", "FROM debian\nRUN apt-get update && \\\n    sudo make install\n");
        catches("DD3004", "FROM debian\nRUN /usr/bin/sudo -u app id\n");
        catches("DD3004", "FROM debian\nRUN <<EOF\nsudo make\nEOF\n");
        passes("DD3004", "FROM debian\nRUN apt-get install -y sudo\n");
        passes("DD3004", "FROM debian\nRUN echo sudo\n");
    }

    @Test
    void removingSudoNeedsReviewOnceAnotherUserRuns() {
        assertThat(safety("FROM debian\nRUN sudo make\n")).isEqualTo(Fix.Safety.SAFE);
        assertThat(safety("FROM debian\nUSER root\nRUN sudo make\n")).isEqualTo(Fix.Safety.SAFE);
        assertThat(safety("FROM debian\nUSER app\nRUN sudo make\n")).isEqualTo(Fix.Safety.NEEDS_REVIEW);
    }

    private static Fix.Safety safety(String dockerfile) {
        return RuleCases.findings("DD3004", dockerfile).get(0).fixes().get(0).safety();
    }

    @Test
    void fixRemovesTheSudoWord() {
        fixes("DD3004", "FROM debian\nRUN sudo apt-get update && \\\n    sudo \\\n    make\n",
                "FROM debian\nRUN apt-get update && \\\n    make\n");
    }
}
