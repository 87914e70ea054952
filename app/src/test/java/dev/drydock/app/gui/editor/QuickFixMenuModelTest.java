package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuickFixMenuModelTest {

    private static final String TEXT = "FROM node:latest\nEXPOSE 80\n";
    private final Fix pin = Fix.of("Pin node to 20", Fix.Safety.SAFE, TEXT, List.of(TextEdit.replace(10, 16, "20")));
    private final Fix user = Fix.of("Add USER node", Fix.Safety.NEEDS_REVIEW, TEXT, List.of(TextEdit.insert(27, "USER node\n")));
    private final Finding latest = Findings.on(TEXT, "latest", "DD001", Severity.WARNING, pin, user);
    private final Finding expose = Findings.on(TEXT, "80", "DD020", Severity.INFO);

    private static List<String> labels(List<QuickFixItem> items) {
        return items.stream().map(QuickFixItem::label).toList();
    }

    @Test
    void fixesThenPreviewsThenFixAllThenSuppressAndExplainPerRule() {
        List<QuickFixItem> items = QuickFixMenuModel.items(List.of(latest), List.of(latest, expose), true);

        assertThat(labels(items)).containsExactly("Pin node to 20", "Add USER node  (needs review)",
                "Preview: Pin node to 20…", "Preview: Add USER node…", "Fix all safe fixes in file",
                "Suppress DD001 for this line…", "Suppress DD001 for this file…", "Explain DD001");
        assertThat(items.get(0)).isEqualTo(new QuickFixItem.ApplyFix(latest, pin));
        assertThat(items.get(5)).isEqualTo(new QuickFixItem.Suppress(latest, SuppressScope.LINE));
    }

    @Test
    void withoutSafeFixesInTheFileThereIsNoFixAll() {
        assertThat(labels(QuickFixMenuModel.items(List.of(expose), List.of(expose), true)))
                .containsExactly("Suppress DD020 for this line…", "Suppress DD020 for this file…", "Explain DD020");
    }

    @Test
    void staleFindingsOfferNoFixesButCanStillBeSuppressedOrExplained() {
        assertThat(labels(QuickFixMenuModel.items(List.of(latest), List.of(latest), false))).containsExactly(
                "Checking the file again…", "Suppress DD001 for this line…", "Suppress DD001 for this file…", "Explain DD001");
    }

    @Test
    void nothingUnderTheCaretListsNothing() {
        assertThat(QuickFixMenuModel.items(List.of(), List.of(latest), true)).isEmpty();
    }
}
