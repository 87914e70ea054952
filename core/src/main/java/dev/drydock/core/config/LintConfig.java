package dev.drydock.core.config;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How linting is configured, merged from config files and command-line options. Rule codes in
 * {@link #ignoredRules()} and {@link #severityOverrides()} are upper-case and may be Drydock ids
 * ({@code DD012}) or Hadolint codes ({@code DL3008}), which name the rule with that alias.
 *
 * @param failureThreshold findings at or above this severity fail the run; {@code none} never fails
 * @param noFail           never fail, whatever is found (Hadolint's {@code no-fail})
 * @param loadedFrom       the files this configuration was read from, most important first
 */
public record LintConfig(
        Set<String> ignoredRules,
        Map<String, Severity> severityOverrides,
        List<String> trustedRegistries,
        Map<String, LabelType> requiredLabels,
        boolean strictLabels,
        Severity failureThreshold,
        boolean noFail,
        List<Path> loadedFrom) {

    /** Hadolint's default: info and above fail the run, style does not. */
    public static final Severity DEFAULT_FAILURE_THRESHOLD = Severity.INFO;

    public LintConfig {
        ignoredRules = Set.copyOf(upperCase(ignoredRules));
        Map<String, Severity> overrides = new LinkedHashMap<>();
        severityOverrides.forEach((code, severity) -> overrides.put(code.strip().toUpperCase(Locale.ROOT), severity));
        severityOverrides = Map.copyOf(overrides);
        trustedRegistries = List.copyOf(trustedRegistries);
        requiredLabels = Map.copyOf(requiredLabels);
        Objects.requireNonNull(failureThreshold, "failureThreshold");
        loadedFrom = List.copyOf(loadedFrom);
    }

    /** No config file: nothing ignored, Hadolint's default threshold. */
    public static LintConfig defaults() {
        return new LintConfig(Set.of(), Map.of(), List.of(), Map.of(), false, DEFAULT_FAILURE_THRESHOLD, false, List.of());
    }

    /** True when the config ignores this rule, by its id or its Hadolint alias. */
    public boolean ignores(String ruleId, Optional<RuleMetadata> rule) {
        return ignoredRules.contains(ruleId.toUpperCase(Locale.ROOT))
                || hadolintAlias(rule).map(ignoredRules::contains).orElse(false);
    }

    /** The severity a finding of this rule should have: an override for its id, else for its alias, else {@code reported}. */
    public Severity severityFor(String ruleId, Optional<RuleMetadata> rule, Severity reported) {
        Severity byId = severityOverrides.get(ruleId.toUpperCase(Locale.ROOT));
        if (byId != null) {
            return byId;
        }
        return hadolintAlias(rule).map(severityOverrides::get).orElse(reported);
    }

    /** True when these findings should make the run fail (exit code 1). */
    public boolean fails(Collection<Finding> findings) {
        return !noFail && findings.stream().anyMatch(finding -> finding.severity().reaches(failureThreshold));
    }

    /** This config with more ignored rules, e.g. from {@code --ignore}. */
    public LintConfig withIgnoredRules(Collection<String> moreRules) {
        Set<String> all = new LinkedHashSet<>(ignoredRules);
        all.addAll(upperCase(moreRules));
        return new LintConfig(all, severityOverrides, trustedRegistries, requiredLabels, strictLabels,
                failureThreshold, noFail, loadedFrom);
    }

    /** This config with another failure threshold, e.g. from {@code --failure-threshold}. */
    public LintConfig withFailureThreshold(Severity threshold) {
        return new LintConfig(ignoredRules, severityOverrides, trustedRegistries, requiredLabels, strictLabels,
                threshold, noFail, loadedFrom);
    }

    /** This config with {@code no-fail} set as given. */
    public LintConfig withNoFail(boolean value) {
        return new LintConfig(ignoredRules, severityOverrides, trustedRegistries, requiredLabels, strictLabels,
                failureThreshold, value, loadedFrom);
    }

    private static Optional<String> hadolintAlias(Optional<RuleMetadata> rule) {
        return rule.flatMap(r -> r.references().hadolint()).map(code -> code.toUpperCase(Locale.ROOT));
    }

    private static Set<String> upperCase(Collection<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            result.add(code.strip().toUpperCase(Locale.ROOT));
        }
        return result;
    }
}
