package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Objects;

/**
 * What the explanation pane shows about the rule of a finding: its id, title, the finding's severity,
 * the category, where the rule corresponds to other catalogues, and its long text.
 *
 * @param severity the finding's severity (configuration may differ from the rule's default)
 * @param category the category as users read it ({@code Supply chain}), empty when unknown
 */
public record RuleExplanation(
        String ruleId, String title, Severity severity, String category, List<Reference> references, RuleDocument document) {

    public RuleExplanation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        references = List.copyOf(references);
        Objects.requireNonNull(document, "document");
    }

    /** One corresponding entry in another catalogue: {@code CIS Docker Benchmark v1.6.0} item {@code 4.1}. */
    public record Reference(String catalogue, String entry) {
        public Reference {
            Objects.requireNonNull(catalogue, "catalogue");
            Objects.requireNonNull(entry, "entry");
        }

        /** As the pane lists it: {@code Hadolint: DL3007}. */
        public String describe() {
            return catalogue + ": " + entry;
        }
    }
}
