package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the quick-fix menu lists for the findings under the caret; no toolkit needed. */
public final class QuickFixMenuModel {

    private QuickFixMenuModel() {
    }

    /**
     * The entries, in menu order: each fix of each finding (most serious finding first), then the
     * previews of those fixes, "Fix all safe fixes in file" when the file has any, and per rule
     * "Suppress … for this line", "… for this file" and "Explain …". While the text has changed since
     * the findings were computed ({@code findingsCurrent} false), fixes would be stale, so a
     * "Checking…" entry stands in for them.
     *
     * @param atCaret      the findings under the caret, most serious first
     * @param allFindings  every finding of the file (for "Fix all safe fixes")
     */
    public static List<QuickFixItem> items(List<Finding> atCaret, List<Finding> allFindings, boolean findingsCurrent) {
        List<QuickFixItem> items = new ArrayList<>();
        if (atCaret.isEmpty()) {
            return items;
        }
        if (!findingsCurrent) {
            items.add(new QuickFixItem.Checking());
        } else {
            for (Finding finding : atCaret) {
                for (Fix fix : finding.fixes()) {
                    items.add(new QuickFixItem.ApplyFix(finding, fix));
                }
            }
            for (Finding finding : atCaret) {
                for (Fix fix : finding.fixes()) {
                    items.add(new QuickFixItem.PreviewFix(finding, fix));
                }
            }
            if (allFindings.stream().anyMatch(finding -> finding.preferredFix(false).isPresent())) {
                items.add(new QuickFixItem.FixAllSafe());
            }
        }
        Set<String> rules = new LinkedHashSet<>();
        for (Finding finding : atCaret) {
            if (rules.add(finding.ruleId())) {
                items.add(new QuickFixItem.Suppress(finding, SuppressScope.LINE));
                items.add(new QuickFixItem.Suppress(finding, SuppressScope.FILE));
                items.add(new QuickFixItem.Explain(finding));
            }
        }
        return items;
    }
}
