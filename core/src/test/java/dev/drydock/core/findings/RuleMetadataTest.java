package dev.drydock.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleMetadataTest {

    private static RuleMetadata rule(String id, Severity severity) {
        return new RuleMetadata(id, "Title", severity, RuleCategory.SECURITY, RuleReferences.none().withHadolint("DL3002"));
    }

    @Test
    void isNamedByIdOrHadolintAlias() {
        RuleMetadata rule = rule("DD001", Severity.WARNING);
        assertThat(rule.isNamedBy("DD001")).isTrue();
        assertThat(rule.isNamedBy("dl3002")).isTrue();
        assertThat(rule.isNamedBy("DL3003")).isFalse();
    }

    @Test
    void referencesAreOptionalAndAddedOneByOne() {
        RuleReferences refs = RuleReferences.none().withCisDockerBenchmark("4.1").withNistSp800190("4.4.3").withTrivy("DS002");
        assertThat(refs.hadolint()).isEmpty();
        assertThat(refs.cisDockerBenchmark()).contains("4.1");
        assertThat(refs.nistSp800190()).contains("4.4.3");
        assertThat(refs.trivy()).contains("DS002");
    }

    @Test
    void rejectsMalformedIdsAndSeverityNone() {
        assertThatThrownBy(() -> rule("dd-1", Severity.WARNING)).hasMessageContaining("like DD001");
        assertThatThrownBy(() -> rule("DD001", Severity.NONE)).hasMessageContaining("none");
    }

    @Test
    void secretsAreMaskedKeepingTheirLength() {
        assertThat(SecretMask.mask("AKIAIOSFODNN7EXAMPLE")).isEqualTo("AKIA****************");
        assertThat(SecretMask.mask("hunter2")).isEqualTo("*******");
    }
}
