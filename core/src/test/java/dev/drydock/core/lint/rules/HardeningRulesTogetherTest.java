package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.DockerfileRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The hardening rules on one Dockerfile with every anti-pattern at once: each is found, and their fixes compose. */
class HardeningRulesTogetherTest {

    private static final Set<String> IDS = HardeningRules.all().stream().map(DockerfileRule::id).collect(Collectors.toSet());

    private final DockerfileLinter linter = DockerfileLinter.standard();

    @Test
    void everyHardeningRuleFindsItsAntiPattern() throws IOException {
        Set<String> found = hardening(text()).stream().map(Finding::ruleId).collect(Collectors.toSet());

        assertThat(found).containsExactlyInAnyOrderElementsOf(IDS.stream().filter(id -> !id.equals("DD5006")).toList());
    }

    @Test
    void applyingEveryFixUntilNoneIsLeftRemovesEveryFixableFinding() throws IOException {
        String text = text();
        for (int round = 0; round < 5; round++) {
            List<Fix> fixes = hardening(text).stream().map(f -> f.preferredFix(true)).flatMap(Optional::stream).toList();
            if (fixes.isEmpty()) {
                break;
            }
            text = new FixApplier().applyAll(text, fixes).text();
        }

        List<Finding> left = hardening(text);
        assertThat(left).allSatisfy(finding -> assertThat(finding.fixes()).as(finding.toString()).isEmpty());
        assertThat(left).extracting(Finding::ruleId).doesNotContain("DD5001", "DD5002", "DD5003", "DD5004", "DD5005", "DD5016");
        assertThat(text).doesNotContain("hunter2", "npm_0123456789abcdef", "-k ", "--security=insecure")
                .contains("USER 10001:10001", "--checksum=sha256:", "sha256sum -c", "--mount=type=secret,id=npm-token,env=NPM_TOKEN");
    }

    private List<Finding> hardening(String text) {
        return linter.lint("Dockerfile", text, LintConfig.defaults()).findings().stream()
                .filter(finding -> IDS.contains(finding.ruleId())).toList();
    }

    private static String text() throws IOException {
        try (InputStream in = HardeningRulesTogetherTest.class.getResourceAsStream("hardening/anti-patterns.Dockerfile")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
