package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FindingTextTest {

    @Test
    void theRuleLineNamesTheHadolintCodeWhenThereIsOne() {
        var finding = Findings.at("FROM a\n", "DD001", Severity.WARNING, 0, 4);
        RuleMetadata rule = new RuleMetadata("DD001", "Pin the image", Severity.WARNING, RuleCategory.values()[0],
                RuleReferences.none().withHadolint("DL3007"));

        assertThat(FindingText.ruleLine(finding, Optional.of(rule))).isEqualTo("DD001 · Hadolint DL3007 · warning");
        assertThat(FindingText.ruleLine(finding, Optional.empty())).isEqualTo("DD001 · warning");
    }
}
