package dev.drydock.core.config;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.drydock.core.findings.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one config file says, exactly as written (absent settings are {@code null}), in the shape
 * shared by {@code .drydock.yaml} and {@code .hadolint.yaml}. {@code severity} (a map of rule to
 * level) and the spelling {@code trusted-registries} are Drydock's own; the rest is Hadolint's subset.
 */
record ConfigFileContent(
        @JsonProperty("ignored") List<String> ignored,
        @JsonProperty("override") SeverityLists override,
        @JsonProperty("severity") Map<String, Severity> severity,
        @JsonProperty("trustedRegistries") @JsonAlias("trusted-registries") List<String> trustedRegistries,
        @JsonProperty("label-schema") Map<String, LabelType> labelSchema,
        @JsonProperty("strict-labels") Boolean strictLabels,
        @JsonProperty("failure-threshold") Severity failureThreshold,
        @JsonProperty("no-fail") Boolean noFail) {

    /** Hadolint's {@code override:} block: rule codes listed under the severity they should get. */
    record SeverityLists(
            @JsonProperty("error") List<String> error,
            @JsonProperty("warning") List<String> warning,
            @JsonProperty("info") List<String> info,
            @JsonProperty("style") List<String> style) {
    }

    static ConfigFileContent empty() {
        return new ConfigFileContent(null, null, null, null, null, null, null, null);
    }

    /** The per-rule severities this file sets; the {@code severity} map wins over {@code override} lists. */
    Map<String, Severity> severityOverrides() {
        Map<String, Severity> result = new LinkedHashMap<>();
        if (override != null) {
            put(result, override.style(), Severity.STYLE);
            put(result, override.info(), Severity.INFO);
            put(result, override.warning(), Severity.WARNING);
            put(result, override.error(), Severity.ERROR);
        }
        if (severity != null) {
            result.putAll(severity);
        }
        return result;
    }

    private static void put(Map<String, Severity> result, List<String> codes, Severity level) {
        if (codes != null) {
            codes.forEach(code -> result.put(code, level));
        }
    }

    /**
     * Merges files, most important first: lists are joined, maps merged with the more important
     * file winning per key, and single settings taken from the most important file that sets them.
     */
    static LintConfig merge(List<ConfigFileContent> mostImportantFirst, List<Path> sources) {
        Set<String> ignored = new LinkedHashSet<>();
        Map<String, Severity> overrides = new LinkedHashMap<>();
        Set<String> registries = new LinkedHashSet<>();
        Map<String, LabelType> labels = new LinkedHashMap<>();
        Boolean strictLabels = null;
        Severity threshold = null;
        Boolean noFail = null;
        for (ConfigFileContent file : mostImportantFirst) {
            addAll(ignored, file.ignored());
            file.severityOverrides().forEach(overrides::putIfAbsent);
            addAll(registries, file.trustedRegistries());
            if (file.labelSchema() != null) {
                file.labelSchema().forEach(labels::putIfAbsent);
            }
            strictLabels = strictLabels != null ? strictLabels : file.strictLabels();
            threshold = threshold != null ? threshold : file.failureThreshold();
            noFail = noFail != null ? noFail : file.noFail();
        }
        return new LintConfig(ignored, overrides, new ArrayList<>(registries), labels,
                Boolean.TRUE.equals(strictLabels),
                threshold != null ? threshold : LintConfig.DEFAULT_FAILURE_THRESHOLD,
                Boolean.TRUE.equals(noFail), sources);
    }

    private static void addAll(Set<String> target, List<String> values) {
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(target::add);
        }
    }
}
