package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleMetadata;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The hover popup over an underlined range: each finding's message, its rule id with the Hadolint
 * code, and an "Explain" link. It stays open while the mouse moves into it, so the link can be clicked.
 */
final class FindingTooltip {

    private final Popup popup = new Popup();
    private final VBox content = new VBox(6);
    private final PauseTransition hideLater = new PauseTransition(Duration.millis(400));
    private final Function<String, Optional<RuleMetadata>> rules;
    private final Supplier<EditorActions> actions;

    FindingTooltip(CodeArea area, IntFunction<List<Finding>> findingsAt, Function<String, Optional<RuleMetadata>> rules,
                   Supplier<EditorActions> actions) {
        this.rules = rules;
        this.actions = actions;
        content.getStyleClass().add("finding-tooltip");
        popup.getContent().add(content);
        popup.setAutoHide(true);
        hideLater.setOnFinished(event -> popup.hide());
        content.setOnMouseEntered(event -> hideLater.stop());
        content.setOnMouseExited(event -> hideLater.playFromStart());
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(500));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            List<Finding> findings = findingsAt.apply(event.getCharacterIndex());
            if (!findings.isEmpty()) {
                show(area, findings, event.getScreenPosition());
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hideLater.playFromStart());
    }

    private void show(CodeArea area, List<Finding> findings, Point2D at) {
        hideLater.stop();
        content.getChildren().clear();
        for (Finding finding : findings) {
            Label message = new Label(finding.message());
            message.setWrapText(true);
            message.setMaxWidth(480);
            message.getStyleClass().add("finding-tooltip-message");
            Label rule = new Label(FindingText.ruleLine(finding, rules.apply(finding.ruleId())));
            rule.getStyleClass().add("finding-tooltip-rule");
            Hyperlink explain = new Hyperlink("Explain");
            explain.setOnAction(event -> {
                popup.hide();
                actions.get().explain(finding);
            });
            content.getChildren().addAll(message, rule, explain);
        }
        popup.show(area, at.getX() + 8, at.getY() + 12);
    }
}
