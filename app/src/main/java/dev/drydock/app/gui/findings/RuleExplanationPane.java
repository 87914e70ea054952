package dev.drydock.app.gui.findings;

import dev.drydock.app.gui.findings.RuleExplanation.Reference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Explains the rule of the selected finding: title, id, severity and category, the references to
 * other catalogues, then the rule's long text with its bad and good examples.
 */
public final class RuleExplanationPane {

    private final StackPane root = new StackPane();
    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label empty = new Label("Select a finding to read why it matters and how to fix it.");

    public RuleExplanationPane(RuleExplanationViewModel model) {
        root.getStyleClass().add("rule-explanation");
        root.setId("rule-explanation");
        content.getStyleClass().add("rule-explanation-content");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("rule-explanation-scroll");
        empty.getStyleClass().add("findings-placeholder");
        empty.setWrapText(true);
        root.getChildren().addAll(scroll, empty);
        show(model.explanationProperty().get());
        model.explanationProperty().addListener((obs, old, now) -> show(now));
    }

    public Node node() {
        return root;
    }

    private void show(RuleExplanation explanation) {
        scroll.setVisible(explanation != null);
        empty.setVisible(explanation == null);
        if (explanation == null) {
            content.getChildren().clear();
            return;
        }
        Label title = new Label(explanation.title());
        title.setId("rule-title");
        title.getStyleClass().add("rule-title");
        title.setWrapText(true);
        HBox heading = new HBox(8, SeverityIcons.of(explanation.severity()), title);
        heading.getStyleClass().add("rule-heading");

        String facts = explanation.ruleId() + "  ·  " + explanation.severity().id()
                + (explanation.category().isEmpty() ? "" : "  ·  " + explanation.category());
        Label summary = new Label(facts);
        summary.setId("rule-summary");
        summary.getStyleClass().add("rule-summary");

        FlowPane references = new FlowPane(6, 4);
        references.setId("rule-references");
        references.getStyleClass().add("rule-references");
        for (Reference reference : explanation.references()) {
            Label label = new Label(reference.describe());
            label.getStyleClass().add("rule-reference");
            references.getChildren().add(label);
        }
        references.setVisible(!explanation.references().isEmpty());
        references.setManaged(references.isVisible());

        Node document = RuleDocumentView.render(explanation.document());
        document.setId("rule-document");
        content.getChildren().setAll(heading, summary, references, document);
        scroll.setVvalue(0);
    }
}
