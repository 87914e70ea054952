package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class ZypperWithoutNonInteractiveTest {

    @Test
    void cases() {
        catches("DD3034", "FROM opensuse/leap\nRUN zypper install curl\n");
        catches("DD3034", "FROM opensuse/leap\nRUN zypper in curl\n");
        catches("DD3034", "FROM opensuse/leap\nRUN zypper --root /mnt remove curl\n");
        catches("DD3034", "FROM opensuse/leap\nRUN <<EOF\nzypper patch\nEOF\n");
        passes("DD3034", "FROM opensuse/leap\nRUN zypper install -y curl\n");
        passes("DD3034", "FROM opensuse/leap\nRUN zypper -n install curl\n");
        passes("DD3034", "FROM opensuse/leap\nRUN zypper --non-interactive in curl\n");
        passes("DD3034", "FROM opensuse/leap\nRUN zypper in --no-confirm curl\n");
        passes("DD3034", "FROM opensuse/leap\nRUN zypper refresh\n");
    }
}
