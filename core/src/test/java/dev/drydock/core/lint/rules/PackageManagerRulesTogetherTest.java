package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixAllResult;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.LintResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixes of this batch applied all at once, as {@code drydock fix} does: they fit together (no edit
 * skipped) and leave none of their findings behind.
 */
class PackageManagerRulesTogetherTest {

    private final DockerfileLinter linter = DockerfileLinter.standard();
    private final Set<String> batch = PackageManagerRules.all().stream().map(DockerfileRule::id).collect(Collectors.toSet());

    @Test
    void theClassicAptRunIsFixedInOnePass() {
        String text = "FROM debian:12\nRUN apt-get update && apt-get install curl=7.88.1-10+deb12u5\n";

        String fixed = fixAll(text);

        assertThat(fixed).contains("apt-get install ", " -y", " --no-install-recommends", "&& rm -rf /var/lib/apt/lists/*");
        assertThat(ids(linter.lint("Dockerfile", fixed, LintConfig.defaults())))
                .doesNotContain("DD3009", "DD3014", "DD3015", "DD3008");
    }

    @Test
    void everyFixableFindingOfAMixedFileIsGoneAfterOnePass() {
        String text = """
                FROM node:20.17-bookworm-slim
                RUN apt-get update && apt-get install --allow-unauthenticated python3-pip=23.0.1+dfsg-1
                RUN pip install requests==2.32.3 && npm install -g pnpm@9.9.0 && yarn add left-pad@1.3.0
                """;

        LintResult after = linter.lint("Dockerfile", fixAll(text), LintConfig.defaults());

        assertThat(after.findings()).filteredOn(f -> batch.contains(f.ruleId()))
                .allSatisfy(finding -> assertThat(finding.fixes()).as(finding.ruleId()).isEmpty());
    }

    private String fixAll(String text) {
        List<Fix> fixes = linter.lint("Dockerfile", text, LintConfig.defaults()).findings().stream()
                .filter(finding -> batch.contains(finding.ruleId()))
                .map(finding -> finding.preferredFix(true)).flatMap(Optional::stream).toList();
        FixAllResult result = new FixApplier().applyAll(text, fixes);
        assertThat(result.skipped()).isEmpty();
        return result.text();
    }

    private static List<String> ids(LintResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }
}
