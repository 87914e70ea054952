package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleMetadata;

import java.util.Optional;

/** How the editor names a finding's rule: its id, and the Hadolint code when the rule has one. */
public final class FindingText {

    private FindingText() {
    }

    /** {@code "DD003 · Hadolint DL3007"}, or just the id. */
    public static String ruleLine(Finding finding, Optional<RuleMetadata> rule) {
        Optional<String> hadolint = rule.flatMap(metadata -> metadata.references().hadolint());
        return finding.ruleId() + hadolint.map(code -> " · Hadolint " + code).orElse("")
                + " · " + finding.severity().id();
    }
}
