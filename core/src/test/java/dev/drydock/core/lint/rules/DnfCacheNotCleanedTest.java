package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class DnfCacheNotCleanedTest {

    @Test
    void cases() {
        catches("DD3040", "FROM fedora\nRUN dnf install -y httpd\n");
        catches("DD3040", "FROM ubi-minimal\nRUN microdnf install -y shadow-utils\n");
        catches("DD3040", "FROM fedora\nRUN dnf clean all && dnf install -y httpd\n");
        catches("DD3040", "FROM fedora\nRUN <<EOF\ndnf install -y httpd\nEOF\n");
        passes("DD3040", "FROM fedora\nRUN dnf install -y httpd && dnf clean all\n");
        passes("DD3040", "FROM ubi-minimal\nRUN microdnf install -y x \\\n    && microdnf clean all\n");
        passes("DD3040", "FROM fedora\nRUN dnf install -y httpd && rm -rf /var/cache/dnf\n");
        passes("DD3040", "FROM fedora\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd\n");
    }
}
