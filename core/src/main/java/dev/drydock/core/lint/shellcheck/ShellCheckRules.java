package dev.drydock.core.lint.shellcheck;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The metadata of the ShellCheck codes met so far ({@code SC2086}), made on the fly since ShellCheck
 * has hundreds: the title is the first message seen, the severity ShellCheck's level, the category
 * reliability. Thread-safe.
 */
final class ShellCheckRules {

    private final Map<String, RuleMetadata> seen = new ConcurrentHashMap<>();

    /** The metadata of {@code SC<code>}, recorded with this message and level if it is new. */
    RuleMetadata record(int code, String message, Severity severity) {
        return seen.computeIfAbsent(id(code), id -> new RuleMetadata(id, title(message), severity,
                RuleCategory.RELIABILITY, RuleReferences.none()));
    }

    Optional<RuleMetadata> find(String id) {
        return Optional.ofNullable(seen.get(id.strip().toUpperCase(Locale.ROOT)));
    }

    static String id(int code) {
        return "SC" + code;
    }

    /** ShellCheck's level as a severity: error, warning, info and style map one to one. */
    static Severity severity(String level) {
        return Severity.parse(level).filter(severity -> severity != Severity.NONE).orElse(Severity.WARNING);
    }

    private static String title(String message) {
        String title = message.strip();
        if (title.endsWith(".")) {
            title = title.substring(0, title.length() - 1);
        }
        return title.isEmpty() ? "ShellCheck finding" : title;
    }
}
