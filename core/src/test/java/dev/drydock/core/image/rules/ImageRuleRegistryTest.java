package dev.drydock.core.image.rules;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageRuleRegistryTest {

    private final ImageRuleRegistry registry = ImageRuleRegistry.standard();

    @Test
    void idsAreUniqueAndInTheImageRange() {
        Set<String> ids = new HashSet<>();
        for (ImageRule rule : registry.all()) {
            assertThat(ids.add(rule.id())).as(rule.id()).isTrue();
            assertThat(rule.id()).matches("DI1[0-9]{3}");
        }
        assertThat(ids).hasSize(18);
    }

    @Test
    void everyRuleHasItsDocumentationWithAnExample() {
        for (ImageRule rule : registry.all()) {
            assertThat(ImageRuleRegistry.documentation(rule.id())).as("docs of " + rule.id())
                    .hasValueSatisfying(doc -> assertThat(doc).startsWith("# " + rule.id() + " — " + rule.metadata().title())
                            .contains("```"));
        }
    }

    @Test
    void findsRulesByIdInAnyCase() {
        assertThat(registry.find("di1001")).map(ImageRule::id).hasValue("DI1001");
        assertThat(registry.find("DI9999")).isEmpty();
    }

    @Test
    void refusesTwoRulesWithOneId() {
        assertThatThrownBy(() -> new ImageRuleRegistry(List.of(new RunsAsRoot(), new RunsAsRoot()))).hasMessageContaining("DI1001");
    }
}
