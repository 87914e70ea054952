package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.findings;
import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class AptGetVersionsNotPinnedTest {

    @Test
    void cases() {
        catches("DD3008", "FROM debian\nRUN apt-get install -y curl\n");
        catches("DD3008", "FROM debian\nRUN apt-get install -y curl=8.5.0-2 \\\n    wget\n");
        catches("DD3008", "FROM debian\nRUN <<EOF\napt-get install -y curl\nEOF\n");
        catches("DD3008", "FROM debian\nRUN apt-get -t bookworm-backports install -y curl\n");
        passes("DD3008", "FROM debian\nRUN apt-get install -y curl=8.5.0-2\n");
        passes("DD3008", "FROM debian\nRUN apt-get install -y curl/bookworm-backports\n");
        passes("DD3008", "FROM debian\nRUN apt-get install -y ./tool.deb\n");
        passes("DD3008", "FROM debian\nRUN apt-get install -y $PACKAGES\n");
        passes("DD3008", "FROM debian\nRUN apt-get update\n");
    }

    @Test
    void reportsEachUnpinnedPackageByName() {
        assertThat(findings("DD3008", "FROM debian\nRUN apt-get install -y curl git=1:2.39 make\n"))
                .extracting(f -> f.message()).containsExactly(
                        "Pin the version of curl: apt-get install curl=<version>",
                        "Pin the version of make: apt-get install make=<version>");
    }
}
