package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.TextRange;

import java.util.Locale;
import java.util.Optional;

/**
 * One line of the findings table: the finding and what the table shows of it. The category and the
 * Hadolint alias come from the rule's metadata; a code the linter has no metadata for has neither.
 * Line and column are 1-based, 0 when the finding is not in the Dockerfile's text.
 */
public record FindingRow(
        Finding finding, String id, Optional<String> alias, Severity severity, Optional<RuleCategory> category,
        String message, int line, int column, boolean hasFix) {

    /** The row for {@code finding}, its rule described by {@code metadata} when known. */
    public static FindingRow of(Finding finding, Optional<RuleMetadata> metadata) {
        Optional<TextRange> range = finding.textRange();
        return new FindingRow(finding, finding.ruleId(),
                metadata.flatMap(rule -> rule.references().hadolint()),
                finding.severity(),
                metadata.map(RuleMetadata::category),
                finding.message(),
                range.map(TextRange::startLine).orElse(0),
                range.map(TextRange::startColumn).orElse(0),
                !finding.fixes().isEmpty());
    }

    /** The id as the table shows it: {@code DD3007 (DL3007)} when the rule has a Hadolint alias. */
    public String displayId() {
        return alias.map(code -> id + " (" + code + ")").orElse(id);
    }

    /** The range in the text, when the finding has one. */
    public Optional<TextRange> range() {
        return finding.textRange();
    }

    /** True when every word of a lower-case search occurs in the id, the alias or the message. */
    boolean matches(String[] lowerCaseWords) {
        String text = (id + " " + alias.orElse("") + " " + message).toLowerCase(Locale.ROOT);
        for (String word : lowerCaseWords) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
