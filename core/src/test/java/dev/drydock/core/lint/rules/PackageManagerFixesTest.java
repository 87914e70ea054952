package dev.drydock.core.lint.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.RuleCases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The package-manager fixes where the shape of the RUN matters: exec form, heredocs, continuations. */
class PackageManagerFixesTest {

    private static String fixed(String ruleId, String dockerfile) {
        Finding finding = RuleCases.findings(ruleId, dockerfile).get(0);
        return new FixApplier().apply(dockerfile, finding.preferredFix(true).orElseThrow());
    }

    @Test
    void optionsAreAddedAsJsonStringsInExecForm() {
        assertThat(fixed("DD3014", "FROM debian\nRUN [\"apt-get\", \"install\", \"curl\"]\n"))
                .isEqualTo("FROM debian\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n");
        assertThat(fixed("DD3042", "FROM python\nRUN [\"pip\", \"install\", \"requests==2.32.3\"]\n"))
                .isEqualTo("FROM python\nRUN [\"pip\", \"install\", \"--no-cache-dir\", \"requests==2.32.3\"]\n");
    }

    @Test
    void disabledSignatureChecksAreRemovedWithTheirSpaceOrComma() {
        assertThat(fixed("DD5012", "FROM debian\nRUN [\"apt-get\", \"install\", \"--allow-unauthenticated\", \"curl\"]\n"))
                .isEqualTo("FROM debian\nRUN [\"apt-get\", \"install\", \"curl\"]\n");
        assertThat(fixed("DD5012", "FROM debian\nRUN apt-get install -y \\\n    --allow-unauthenticated \\\n    curl\n"))
                .isEqualTo("FROM debian\nRUN apt-get install -y \\\n    curl\n");
    }

    @Test
    void cleanUpIsAppendedInsideGroupsAndBeforeComments() {
        assertThat(fixed("DD3009", "FROM debian\nRUN apt-get update && apt-get install -y curl # tools\n"))
                .isEqualTo("FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* # tools\n");
        assertThat(fixed("DD3009", "FROM debian\nRUN if true; then apt-get update; fi\n"))
                .isEqualTo("FROM debian\nRUN if true; then apt-get update && rm -rf /var/lib/apt/lists/*; fi\n");
        assertThat(fixed("DD3032", "FROM centos\nONBUILD RUN yum install -y httpd-2.4.6\n"))
                .isEqualTo("FROM centos\nONBUILD RUN yum install -y httpd-2.4.6 && yum clean all\n");
    }

    @Test
    void noCleanUpFixForAnExecFormRun() {
        assertThat(RuleCases.findings("DD3009", "FROM debian\nRUN [\"apt-get\", \"update\"]\n"))
                .singleElement().satisfies(finding -> assertThat(finding.fixes()).isEmpty());
    }
}
