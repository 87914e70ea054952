package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class ZypperDistUpgradeTest {

    @Test
    void cases() {
        catches("DD3035", "FROM opensuse/leap\nRUN zypper dist-upgrade\n");
        catches("DD3035", "FROM opensuse/leap\nRUN zypper -n dup\n");
        catches("DD3035", "FROM opensuse/leap\nRUN <<EOF\nzypper --non-interactive dup\nEOF\n");
        passes("DD3035", "FROM opensuse/leap\nRUN zypper -n patch\n");
        passes("DD3035", "FROM opensuse/leap\nRUN zypper -n up\n");
        passes("DD3035", "FROM opensuse/leap\nRUN echo zypper dup\n");
    }
}
