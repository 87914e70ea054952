package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;

/** One entry of the quick-fix menu, as data; the menu turns each into a menu item. */
public sealed interface QuickFixItem {

    /** What the menu item says. */
    String label();

    /** Apply one fix of a finding. */
    record ApplyFix(Finding finding, Fix fix) implements QuickFixItem {
        @Override
        public String label() {
            return fix.title() + (fix.safety() == Fix.Safety.NEEDS_REVIEW ? "  (needs review)" : "");
        }
    }

    /** Show the diff of one fix first. */
    record PreviewFix(Finding finding, Fix fix) implements QuickFixItem {
        @Override
        public String label() {
            return "Preview: " + fix.title() + "…";
        }
    }

    /** Apply every safe fix of the file. */
    record FixAllSafe() implements QuickFixItem {
        @Override
        public String label() {
            return "Fix all safe fixes in file";
        }
    }

    /** Insert an ignore pragma for the finding's rule. */
    record Suppress(Finding finding, SuppressScope scope) implements QuickFixItem {
        @Override
        public String label() {
            return "Suppress " + finding.ruleId() + (scope == SuppressScope.LINE ? " for this line…" : " for this file…");
        }
    }

    /** Open the rule's explanation. */
    record Explain(Finding finding) implements QuickFixItem {
        @Override
        public String label() {
            return "Explain " + finding.ruleId();
        }
    }

    /** Shown instead of fixes while the text has changed since the last check; does nothing. */
    record Checking() implements QuickFixItem {
        @Override
        public String label() {
            return "Checking the file again…";
        }
    }
}
