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
