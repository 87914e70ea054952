package dev.drydock.core.findings.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.TextRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One line per case. The file behind the sites: line 1 {@code FROM}, line 2 a pragma comment,
 * lines 3-4 a {@code RUN} continued over two lines, line 5 another instruction.
 */
class SuppressionsTest {

    private static final RuleMetadata PIN_APT = new RuleMetadata("DD012", "Pin versions in apt-get install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3008"));
    private static final RuleMetadata NO_ROOT = new RuleMetadata("DD001", "Run as a non-root user",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none());
    private static final Function<String, Optional<RuleMetadata>> RULES =
            id -> Optional.ofNullable(Map.of("DD012", PIN_APT, "DD001", NO_ROOT).get(id));

    private static Finding at(String rule, int line) {
        int offset = line * 10;
        return Finding.of(rule, Severity.WARNING, "m",
                new Location.DockerfileRange("Dockerfile", new TextRange(offset, offset + 3, line, 1, line, 4)));
    }

    private static boolean suppressed(Finding finding, String comment) {
        return suppressed(finding, comment, LintConfig.defaults());
    }

    private static boolean suppressed(Finding finding, String comment, LintConfig config) {
        SuppressionResult result = Suppressions.apply(List.of(finding),
                List.of(new PragmaSite(comment, 2, 3, 4)), RULES, config);
        return result.kept().isEmpty();
    }

    @Test void drydockPragmaIgnoresNextInstruction()      { assertThat(suppressed(at("DD012", 3), "# drydock ignore=DD012")).isTrue(); }
    @Test void pragmaCoversContinuationLines()            { assertThat(suppressed(at("DD012", 4), "# drydock ignore=DD012")).isTrue(); }
    @Test void pragmaDoesNotReachTheInstructionAfter()    { assertThat(suppressed(at("DD012", 5), "# drydock ignore=DD012")).isFalse(); }
    @Test void pragmaDoesNotReachBackwards()              { assertThat(suppressed(at("DD012", 1), "# drydock ignore=DD012")).isFalse(); }
    @Test void pragmaIgnoresOnlyTheRulesNamed()           { assertThat(suppressed(at("DD001", 3), "# drydock ignore=DD012")).isFalse(); }
    @Test void pragmaWithSeveralRules()                   { assertThat(suppressed(at("DD001", 3), "# drydock ignore=DD012,DD001")).isTrue(); }
    @Test void hadolintPragmaMatchesThroughAlias()        { assertThat(suppressed(at("DD012", 3), "# hadolint ignore=DL3008")).isTrue(); }
    @Test void hadolintPragmaForAnotherAlias()            { assertThat(suppressed(at("DD012", 3), "# hadolint ignore=DL3009")).isFalse(); }
    @Test void hadolintCodeWithoutAliasMatchesNothing()   { assertThat(suppressed(at("DD001", 3), "# hadolint ignore=DL3002")).isFalse(); }
    @Test void drydockPragmaMayNameTheAlias()             { assertThat(suppressed(at("DD012", 3), "# drydock ignore=DL3008")).isTrue(); }
    @Test void lenientSpacing()                           { assertThat(suppressed(at("DD012", 3), "#drydock   ignore = dd012")).isTrue(); }
    @Test void globalPragmaCoversEveryLine()              { assertThat(suppressed(at("DD012", 1), "# drydock global ignore=DD012")).isTrue(); }
    @Test void hadolintGlobalPragmaThroughAlias()         { assertThat(suppressed(at("DD012", 5), "# hadolint global ignore=DL3008")).isTrue(); }
    @Test void ordinaryCommentSuppressesNothing()         { assertThat(suppressed(at("DD012", 3), "# ignore=DD012")).isFalse(); }
    @Test void configIgnoresById()                        { assertThat(suppressed(at("DD012", 5), "# c", LintConfig.defaults().withIgnoredRules(List.of("DD012")))).isTrue(); }
    @Test void configIgnoresByHadolintAlias()             { assertThat(suppressed(at("DD012", 5), "# c", LintConfig.defaults().withIgnoredRules(List.of("DL3008")))).isTrue(); }
    @Test void severityNoneInConfigSuppresses()           { assertThat(suppressed(at("DD012", 5), "# c", withSeverity("DD012", Severity.NONE))).isTrue(); }

    @Test
    void pragmaWithoutNextInstructionSuppressesNothing() {
        SuppressionResult result = Suppressions.apply(List.of(at("DD012", 3)),
                List.of(PragmaSite.atEnd("# drydock ignore=DD012", 2)), RULES, LintConfig.defaults());
        assertThat(result.kept()).hasSize(1);
    }

    @Test
    void suppressedFindingsSayWhy() {
        SuppressionResult result = Suppressions.apply(List.of(at("DD012", 3), at("DD001", 3), at("DD001", 5)),
                List.of(new PragmaSite("# hadolint ignore=DL3008", 2, 3, 4), new PragmaSite("# drydock global ignore=DD001", 7, 0, 0)),
                RULES, LintConfig.defaults());
        assertThat(result.kept()).isEmpty();
        assertThat(result.suppressed()).extracting(s -> s.reason().describe()).containsExactly(
                "ignored by the hadolint pragma on line 2",
                "ignored in the whole file by the drydock pragma on line 7",
                "ignored in the whole file by the drydock pragma on line 7");
    }

    @Test
    void configReasonNamesTheFile() {
        LintConfig config = new LintConfig(Set.of("DD012"), Map.of(), List.of(), Map.of(), false, Severity.INFO, false,
                List.of(Path.of(".drydock.yaml")));
        SuppressionResult result = Suppressions.apply(List.of(at("DD012", 3)), List.of(), RULES, config);
        assertThat(result.suppressed()).singleElement()
                .satisfies(s -> assertThat(s.reason().describe()).isEqualTo("ignored by the configuration (.drydock.yaml)"));
    }

    @Test
    void keptFindingsGetConfiguredSeverity() {
        SuppressionResult result = Suppressions.apply(List.of(at("DD012", 3), at("DD001", 3)), List.of(), RULES,
                withSeverity("DL3008", Severity.ERROR));
        assertThat(result.kept()).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void findingsOutsideDockerfilesOnlyYieldToConfigAndGlobalPragmas() {
        Finding daemon = Finding.of("DD001", Severity.WARNING, "m", new Location.DaemonSetting("userns"));
        assertThat(suppressed(daemon, "# drydock ignore=DD001")).isFalse();
        assertThat(suppressed(daemon, "# drydock global ignore=DD001")).isTrue();
    }

    private static LintConfig withSeverity(String code, Severity severity) {
        return new LintConfig(Set.of(), Map.of(code, severity), List.of(), Map.of(), false, Severity.INFO, false, List.of());
    }
}
