package dev.drydock.core.lint;

import dev.drydock.core.findings.RuleMetadata;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleRegistryTest {

    private final RuleRegistry registry = RuleRegistry.standard();

    @Test
    void idsAndHadolintAliasesAreUnique() {
        Set<String> codes = new HashSet<>();
        for (DockerfileRule rule : registry.all()) {
            RuleMetadata metadata = rule.metadata();
            assertThat(codes.add(metadata.id())).as("id " + metadata.id()).isTrue();
            metadata.references().hadolint().ifPresent(alias -> assertThat(codes.add(alias)).as("alias " + alias).isTrue());
        }
    }

    /**
     * Hadolint's rules (its README: DL3000-DL3067 and DL4000-DL4006) less those it removed or never had:
     * DL3005, DL3017, DL3031 and DL3039 were deleted upstream, DL4002 was never assigned.
     */
    @Test
    void everyHadolintRuleHasOneOfOurs() {
        Set<String> notInHadolint = Set.of("DL3005", "DL3017", "DL3031", "DL3039", "DL4002");
        for (int number = 3000; number <= 3067; number++) {
            expectAlias("DL" + number, notInHadolint);
        }
        for (int number = 4000; number <= 4006; number++) {
            expectAlias("DL" + number, notInHadolint);
        }
    }

    private void expectAlias(String code, Set<String> notInHadolint) {
        if (notInHadolint.contains(code)) {
            assertThat(registry.find(code)).as(code).isEmpty();
        } else {
            assertThat(registry.find(code)).as(code).map(rule -> rule.metadata().references().hadolint().orElse(""))
                    .hasValue(code);
        }
    }

    @Test
    void everyRuleHasItsDocumentationWithAnExample() {
        for (DockerfileRule rule : registry.all()) {
            assertThat(RuleRegistry.documentation(rule.id())).as("docs of " + rule.id())
                    .hasValueSatisfying(doc -> assertThat(doc).startsWith("# " + rule.id() + " ").contains("```dockerfile"));
        }
    }

    @Test
    void everyRuleHasFixtures() {
        for (DockerfileRule rule : registry.all()) {
            assertThat(RuleFixtures.of(rule.id())).as("fixtures of " + rule.id()).isPresent();
        }
    }

    @Test
    void findsRulesByIdOrHadolintAliasInAnyCase() {
        assertThat(registry.find("dd3027")).map(DockerfileRule::id).hasValue("DD3027");
        assertThat(registry.find("DL3027")).map(DockerfileRule::id).hasValue("DD3027");
        assertThat(registry.find("DL9999")).isEmpty();
    }

    @Test
    void refusesTwoRulesWithOneId() {
        assertThatThrownBy(() -> new RuleRegistry(List.of(new dev.drydock.core.lint.rules.AptInsteadOfAptGet(),
                new dev.drydock.core.lint.rules.AptInsteadOfAptGet())))
                .hasMessageContaining("DD3027");
    }
}
