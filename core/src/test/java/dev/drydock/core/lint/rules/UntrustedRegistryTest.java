package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileLinter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.drydock.core.lint.RuleCases.passes;
import static org.assertj.core.api.Assertions.assertThat;

class UntrustedRegistryTest {

    private static final DockerfileLinter LINTER = DockerfileLinter.standard();

    @Test
    void isOffWithoutTrustedRegistries() {
        passes("DD3026", "FROM evil.example.net/app:1\n");
    }

    @Test
    void cases() {
        List<String> trusted = List.of("registry.example.com", "*.corp.example");
        assertThat(findings(trusted, "FROM node:22.11\n")).hasSize(1);
        assertThat(findings(trusted, "FROM evil.example.net/app:1\n")).hasSize(1);
        assertThat(findings(trusted, "FROM corp.example.evil.net/app:1\n")).hasSize(1);
        assertThat(findings(trusted, "ARG REG=evil.example.net\nFROM ${REG}/app:1\n")).hasSize(1);
        assertThat(findings(trusted, "FROM registry.example.com/mirror/node:22.11\n")).isEmpty();
        assertThat(findings(trusted, "FROM eu.corp.example/app:1\n")).isEmpty();
        assertThat(findings(trusted, "FROM scratch\n")).isEmpty();
        assertThat(findings(trusted, "FROM registry.example.com/go:1 AS build\nFROM build\n")).isEmpty();
        assertThat(findings(List.of("docker.io"), "FROM node:22.11\n")).isEmpty();
    }

    private static List<Finding> findings(List<String> trusted, String dockerfile) {
        LintConfig config = new LintConfig(Set.of(), Map.of(), trusted, Map.of(), false, Severity.INFO, false, List.of());
        return LINTER.lint("Dockerfile", dockerfile, config).findingsOf("DD3026");
    }
}
