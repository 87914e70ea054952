package dev.drydock.app.gui.findings;

import dev.drydock.app.gui.findings.RuleExplanation.Reference;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.RuleRegistry;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rule explanation pane's content: for the selected finding, its rule's title, severity,
 * category, references and long text (the rule docs shipped with the engine). ShellCheck codes have
 * no docs of ours; they name the ShellCheck wiki page instead (as text: Drydock works offline).
 */
public final class RuleExplanationViewModel {

    private static final Pattern SHELLCHECK_CODE = Pattern.compile("SC[0-9]{4}");

    private final Function<String, Optional<RuleMetadata>> rules;
    private final Function<String, Optional<String>> docs;
    private final Map<String, RuleDocument> parsed = new ConcurrentHashMap<>();
    private final ReadOnlyObjectWrapper<RuleExplanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");

    /**
     * @param rules the metadata of a rule by id or alias
     * @param docs  the Markdown documentation of a rule by id
     */
    public RuleExplanationViewModel(Function<String, Optional<RuleMetadata>> rules, Function<String, Optional<String>> docs) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.docs = Objects.requireNonNull(docs, "docs");
    }

    /** Explains the rules of {@code linter}, from the rule docs the engine ships. */
    public static RuleExplanationViewModel forLinter(DockerfileLinter linter) {
        return new RuleExplanationViewModel(linter::metadata, RuleRegistry::documentation);
    }

    /** What the pane shows; null when no finding is selected. */
    public ReadOnlyObjectProperty<RuleExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Explains the rule of {@code finding}; null clears the pane. */
    public void show(Finding finding) {
        explanation.set(finding == null ? null : explain(finding.ruleId(), Optional.of(finding.severity())));
    }

    /** Explains a rule by id or Hadolint alias, at its default severity. */
    public void showRule(String code) {
        explanation.set(explain(code, Optional.empty()));
    }

    /** The explanation of a rule; {@code severity} is the finding's, else the rule's default is used. */
    public RuleExplanation explain(String code, Optional<Severity> severity) {
        Optional<RuleMetadata> metadata = rules.apply(code);
        String id = metadata.map(RuleMetadata::id).orElse(code.strip());
        Severity shown = severity.or(() -> metadata.map(RuleMetadata::defaultSeverity)).orElse(Severity.WARNING);
        String category = metadata.map(rule -> CategoryFilter.label(rule.category())).orElse("");
        List<Reference> references = metadata.map(rule -> references(rule.references())).orElse(new ArrayList<>());
        boolean shellCheck = SHELLCHECK_CODE.matcher(id).matches();
        if (shellCheck) {
            references.add(new Reference("ShellCheck wiki", id));
        }
        String title = metadata.map(RuleMetadata::title).orElse(shellCheck ? "ShellCheck " + id : id);
        return new RuleExplanation(id, title, shown, category, references, document(id, shellCheck));
    }

    private RuleDocument document(String id, boolean shellCheck) {
        return parsed.computeIfAbsent(id, key -> docs.apply(key)
                .map(markdown -> RuleMarkdown.parse(markdown).withoutTitle())
                .orElseGet(() -> RuleMarkdown.parse(shellCheck
                        ? "ShellCheck found this in the shell script of a RUN instruction. Its wiki page **" + id
                                + "** explains the problem, with examples of the wrong and the right way."
                        : "Drydock has no explanation of **" + id + "**.")));
    }

    private static List<Reference> references(RuleReferences references) {
        List<Reference> list = new ArrayList<>();
        references.hadolint().ifPresent(code -> list.add(new Reference("Hadolint", code)));
        references.cisDockerBenchmark().ifPresent(item -> list.add(new Reference("CIS Docker Benchmark v1.6.0", item)));
        references.nistSp800190().ifPresent(section -> list.add(new Reference("NIST SP 800-190", section)));
        references.trivy().ifPresent(id -> list.add(new Reference("Trivy", id)));
        return list;
    }
}
