package dev.drydock.core.lint.rules;

import dev.drydock.core.lint.RuleCases;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.rules.ShellBatchFixCases.fixes;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class CdInsteadOfWorkdirTest {

    @Test
    void cases() {
        catches("DD3003", "FROM debian\nRUN cd /app && make\n");
        catches("DD3003", "FROM debian\nRUN make && \\\n    cd /tmp && rm -rf x\n");
        catches("DD3003", "FROM debian\nRUN (cd /src && make)\n");
        catches("DD3003", "FROM debian\nRUN <<EOF\ncd /app\nmake\nEOF\n");
        passes("DD3003", "FROM debian\nWORKDIR /app\nRUN make\n");
        passes("DD3003", "FROM debian\nRUN make -C /app\n");
        passes("DD3003", "FROM debian\nRUN echo cd /app\n");
    }

    @Test
    void offersWorkdirOnlyForALeadingPlainCd() {
        assertThat(RuleCases.findings("DD3003", "FROM debian\nRUN cd /app && make\n").get(0).fixes()).hasSize(1);
        assertThat(RuleCases.findings("DD3003", "FROM debian\nRUN cd $HOME && make\n").get(0).fixes()).isEmpty();
        assertThat(RuleCases.findings("DD3003", "FROM debian\nRUN cd /app; make\n").get(0).fixes()).isEmpty();
        assertThat(RuleCases.findings("DD3003", "FROM debian\nRUN cd /a && cd /b && make\n").get(0).fixes()).isEmpty();
    }

    @Test
    void fixMovesTheDirectoryToWorkdir() {
        fixes("DD3003", "FROM debian\nRUN cd /usr/src/app && \\\n    make install\n",
                "FROM debian\nWORKDIR /usr/src/app\nRUN make install\n");
        fixes("DD3003", "FROM debian\nRUN --mount=type=cache,target=/root/.cache cd /src && make\n",
                "FROM debian\nWORKDIR /src\nRUN --mount=type=cache,target=/root/.cache make\n");
    }
}
