package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class DnfInstallWithoutYesTest {

    @Test
    void cases() {
        catches("DD3038", "FROM fedora\nRUN dnf install httpd\n");
        catches("DD3038", "FROM ubi-minimal\nRUN microdnf install shadow-utils\n");
        catches("DD3038", "FROM fedora\nRUN dnf --setopt install_weak_deps=False \\\n    install httpd\n");
        passes("DD3038", "FROM fedora\nRUN dnf install -y httpd\n");
        passes("DD3038", "FROM fedora\nRUN dnf -y install httpd\n");
        passes("DD3038", "FROM fedora\nRUN dnf --assumeyes install httpd\n");
        passes("DD3038", "FROM fedora\nRUN dnf repolist\n");
    }
}
