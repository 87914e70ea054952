package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class DnfVersionsNotPinnedTest {

    @Test
    void cases() {
        catches("DD3041", "FROM fedora\nRUN dnf install -y httpd\n");
        catches("DD3041", "FROM ubi-minimal\nRUN microdnf install -y shadow-utils\n");
        catches("DD3041", "FROM fedora\nRUN dnf module install -y nodejs\n");
        passes("DD3041", "FROM fedora\nRUN dnf install -y httpd-2.4.62\n");
        passes("DD3041", "FROM fedora\nRUN dnf module install -y nodejs:20\n");
        passes("DD3041", "FROM fedora\nRUN dnf module enable -y nodejs:20\n");
        passes("DD3041", "FROM fedora\nRUN dnf install -y https://example.org/x-1.0.rpm\n");
    }
}
