package dev.drydock.core.findings;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, independent of any finding: its id ({@code DD001}), a one-line title, the severity
 * it reports unless configured otherwise, its category and its references to other catalogues.
 */
public record RuleMetadata(
        String id, String title, Severity defaultSeverity, RuleCategory category, RuleReferences references) {

    private static final Pattern ID = Pattern.compile("[A-Z]{2,4}[0-9]{3,5}");

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(references, "references");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be letters then digits, like DD001: " + id);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a title");
        }
        if (defaultSeverity == Severity.NONE) {
            throw new IllegalArgumentException("rule " + id + " cannot report at severity none");
        }
    }

    /** True when {@code code} names this rule: its own id or its Hadolint alias, in any case. */
    public boolean isNamedBy(String code) {
        String wanted = code.strip();
        return id.equalsIgnoreCase(wanted)
                || references.hadolint().map(alias -> alias.equalsIgnoreCase(wanted)).orElse(false);
    }
}
