package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class ZypperVersionsNotPinnedTest {

    @Test
    void cases() {
        catches("DD3037", "FROM opensuse/leap\nRUN zypper install -y curl\n");
        catches("DD3037", "FROM opensuse/leap\nRUN zypper -n in curl=8.6.0 \\\n    git\n");
        catches("DD3037", "FROM opensuse/leap\nRUN zypper -n in -r oss curl\n");
        passes("DD3037", "FROM opensuse/leap\nRUN zypper install -y curl=8.6.0\n");
        passes("DD3037", "FROM opensuse/leap\nRUN zypper install -y 'curl>=8' /tmp/x.rpm\n");
        passes("DD3037", "FROM opensuse/leap\nRUN zypper -n rm curl\n");
    }
}
