package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.rules.ShellBatchFixCases.fixes;
import static dev.drydock.core.lint.RuleCases.passes;

class UseraddWithoutNoLogInitTest {

    @Test
    void cases() {
        catches("DD3046", "FROM debian\nRUN useradd -u 123456 app\n");
        catches("DD3046", "FROM debian\nRUN useradd -u123456 app\n");
        catches("DD3046", "FROM debian\nRUN groupadd g && \\\n    useradd --uid 123456 -g g app\n");
        catches("DD3046", "FROM debian\nRUN <<EOF\nuseradd --uid=123456 app\nEOF\n");
        passes("DD3046", "FROM debian\nRUN useradd -l -u 123456 app\n");
        passes("DD3046", "FROM debian\nRUN useradd --no-log-init -u 123456 app\n");
        passes("DD3046", "FROM debian\nRUN useradd -mlu 123456 app\n");
        passes("DD3046", "FROM debian\nRUN useradd -u 12345 app\n");
        passes("DD3046", "FROM debian\nRUN useradd app\n");
    }

    @Test
    void fixAddsNoLogInit() {
        fixes("DD3046", "FROM debian\nRUN useradd -u 123456 app\n", "FROM debian\nRUN useradd -l -u 123456 app\n");
    }
}
