package dev.drydock.core.report;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything an exporter writes: the version of Drydock that produced it, the findings per file and
 * a way to look up the metadata of a rule by id (for titles, Hadolint aliases and references), and for
 * image findings, the Dockerfile line that made their layer (when known).
 */
public record LintReport(String toolVersion, List<FileFindings> files, Function<String, Optional<RuleMetadata>> rules,
                         Function<Finding, Optional<DockerfileLine>> dockerfileLines) {

    public LintReport {
        Objects.requireNonNull(toolVersion, "toolVersion");
        files = List.copyOf(files);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(dockerfileLines, "dockerfileLines");
    }

    /** A report whose findings are not traced to a Dockerfile line beyond their own location. */
    public LintReport(String toolVersion, List<FileFindings> files, Function<String, Optional<RuleMetadata>> rules) {
        this(toolVersion, files, rules, finding -> Optional.empty());
    }

    /** The Dockerfile instruction that made an image finding's layer, when the image's Dockerfile was given. */
    public Optional<DockerfileLine> dockerfileLine(Finding finding) {
        return dockerfileLines.apply(finding);
    }

    /** All findings of all files, in order. */
    public List<Finding> allFindings() {
        return files.stream().flatMap(file -> file.findings().stream()).toList();
    }

    /** The metadata of a rule, if known (ShellCheck codes, for one, may have none). */
    public Optional<RuleMetadata> rule(String ruleId) {
        return rules.apply(ruleId);
    }

    /** The known rules that have findings in this report, sorted by id. */
    public List<RuleMetadata> rulesUsed() {
        TreeMap<String, RuleMetadata> used = new TreeMap<>();
        for (Finding finding : allFindings()) {
            rule(finding.ruleId()).ifPresent(rule -> used.put(rule.id(), rule));
        }
        return List.copyOf(used.values());
    }

    /** The Hadolint code of a finding's rule, if it has one. */
    public Optional<String> hadolintAlias(Finding finding) {
        return rule(finding.ruleId()).flatMap(rule -> rule.references().hadolint());
    }
}
