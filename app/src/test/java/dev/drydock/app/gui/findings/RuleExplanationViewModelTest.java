package dev.drydock.app.gui.findings;

import dev.drydock.app.gui.findings.RuleExplanation.Reference;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the explanation pane shows for a finding's rule. */
class RuleExplanationViewModelTest {

    private final RuleExplanationViewModel model = RuleExplanationViewModel.forLinter(SampleFindings.LINTER);

    @Test
    void explainsTheRuleOfTheSelectedFindingWithItsReferences() {
        Finding rootUser = SampleFindings.at("USER root\n", "DD3002", Severity.ERROR, "Last USER is root", "root");

        model.show(rootUser);

        RuleExplanation explanation = model.explanationProperty().get();
        assertThat(explanation.ruleId()).isEqualTo("DD3002");
        assertThat(explanation.title()).isEqualTo("Last USER should not be root");
        assertThat(explanation.severity()).as("the finding's severity, not the default").isEqualTo(Severity.ERROR);
        assertThat(explanation.category()).isEqualTo("Security");
        assertThat(explanation.references()).extracting(Reference::describe).containsExactly(
                "Hadolint: DL3002", "CIS Docker Benchmark v1.6.0: 4.1", "NIST SP 800-190: 4.1.2");
        assertThat(explanation.document().blocks()).as("the title heading is shown apart")
                .noneMatch(block -> block instanceof RuleDocument.Heading heading && heading.level() == 1);
        assertThat(explanation.document().blocks()).filteredOn(RuleDocument.CodeBlock.class::isInstance).hasSize(2);
    }

    @Test
    void aRuleCanBeShownByItsHadolintCodeAtItsDefaultSeverity() {
        model.showRule("dl3007");

        RuleExplanation explanation = model.explanationProperty().get();
        assertThat(explanation.ruleId()).isEqualTo("DD3007");
        assertThat(explanation.severity()).isEqualTo(Severity.WARNING);
        assertThat(explanation.category()).isEqualTo("Supply chain");
    }

    @Test
    void noFindingClearsThePane() {
        model.showRule("DD3007");
        model.show(null);

        assertThat(model.explanationProperty().get()).isNull();
    }

    @Test
    void aShellCheckCodeNamesItsWikiPage() {
        RuleExplanationViewModel withShellCheck = new RuleExplanationViewModel(
                code -> code.equals("SC2086") ? Optional.of(new RuleMetadata("SC2086", "Double quote to prevent globbing and word splitting",
                        Severity.INFO, RuleCategory.RELIABILITY, RuleReferences.none())) : Optional.empty(),
                id -> Optional.empty());

        RuleExplanation explanation = withShellCheck.explain("SC2086", Optional.of(Severity.INFO));

        assertThat(explanation.title()).isEqualTo("Double quote to prevent globbing and word splitting");
        assertThat(explanation.references()).containsExactly(new Reference("ShellCheck wiki", "SC2086"));
        assertThat(explanation.document().blocks()).hasSize(1);
        assertThat(((RuleDocument.Paragraph) explanation.document().blocks().get(0)).spans())
                .anyMatch(span -> span.text().equals("SC2086") && span.style() == RuleDocument.Style.STRONG);
    }

    @Test
    void anUnknownCodeStillGetsAnExplanationSayingSo() {
        RuleExplanation explanation = model.explain("XX9999", Optional.empty());

        assertThat(explanation.title()).isEqualTo("XX9999");
        assertThat(explanation.references()).isEmpty();
        assertThat(explanation.document().blocks()).hasSize(1);
    }
}
