package dev.drydock.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintConfigTest {

    private static final Optional<RuleMetadata> PIN_APT = Optional.of(new RuleMetadata("DD012", "Pin versions in apt-get install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3008")));

    private static Finding finding(Severity severity) {
        return Finding.of("DD012", severity, "m", new Location.DaemonSetting("x"));
    }

    @Test
    void ignoresByIdOrHadolintAliasInAnyCase() {
        assertThat(LintConfig.defaults().withIgnoredRules(List.of("dd012")).ignores("DD012", PIN_APT)).isTrue();
        assertThat(LintConfig.defaults().withIgnoredRules(List.of("DL3008")).ignores("DD012", PIN_APT)).isTrue();
        assertThat(LintConfig.defaults().withIgnoredRules(List.of("DL3009")).ignores("DD012", PIN_APT)).isFalse();
        assertThat(LintConfig.defaults().withIgnoredRules(List.of("DL3008")).ignores("DD012", Optional.empty())).isFalse();
    }

    @Test
    void severityOverrideForTheIdWinsOverTheAlias() {
        LintConfig config = new LintConfig(java.util.Set.of(), Map.of("DL3008", Severity.ERROR, "DD012", Severity.STYLE),
                List.of(), Map.of(), false, Severity.INFO, false, List.of());
        assertThat(config.severityFor("DD012", PIN_APT, Severity.WARNING)).isEqualTo(Severity.STYLE);
        LintConfig aliasOnly = new LintConfig(java.util.Set.of(), Map.of("dl3008", Severity.ERROR),
                List.of(), Map.of(), false, Severity.INFO, false, List.of());
        assertThat(aliasOnly.severityFor("DD012", PIN_APT, Severity.WARNING)).isEqualTo(Severity.ERROR);
        assertThat(LintConfig.defaults().severityFor("DD012", PIN_APT, Severity.WARNING)).isEqualTo(Severity.WARNING);
    }

    @Test
    void failsWhenAFindingReachesTheThreshold() {
        LintConfig warning = LintConfig.defaults().withFailureThreshold(Severity.WARNING);
        assertThat(warning.fails(List.of(finding(Severity.ERROR)))).isTrue();
        assertThat(warning.fails(List.of(finding(Severity.WARNING)))).isTrue();
        assertThat(warning.fails(List.of(finding(Severity.INFO)))).isFalse();
        assertThat(warning.fails(List.of())).isFalse();
    }

    @Test
    void defaultThresholdFailsOnInfoButNotStyleAsHadolintDoes() {
        assertThat(LintConfig.defaults().fails(List.of(finding(Severity.INFO)))).isTrue();
        assertThat(LintConfig.defaults().fails(List.of(finding(Severity.STYLE)))).isFalse();
    }

    @Test
    void thresholdNoneAndNoFailNeverFail() {
        assertThat(LintConfig.defaults().withFailureThreshold(Severity.NONE).fails(List.of(finding(Severity.ERROR)))).isFalse();
        assertThat(LintConfig.defaults().withNoFail(true).fails(List.of(finding(Severity.ERROR)))).isFalse();
    }
}
