package dev.drydock.app.gui.seccomp;

import dev.drydock.core.findings.Severity;
import dev.drydock.core.seccomp.validation.SeccompProblem;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The cells of the page's lists: a problem, a group of allowed calls, a group of the diff. */
final class SeccompCells {

    private SeccompCells() {
    }

    /** "line 5, column 20 · error: message"; clicking moves the caret there. */
    static ListCell<SeccompProblem> problem() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SeccompProblem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("seccomp-error", "seccomp-warning");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String where = item.at().map(at -> "line " + at.line() + ", column " + at.column() + " · ")
                        .orElse("whole profile · ");
                setText(where + item.severity().id() + ": " + item.message());
                setGraphic(Glyphs.of(item.severity() == Severity.ERROR ? Glyph.ERROR
                        : item.severity() == Severity.WARNING ? Glyph.WARNING : Glyph.INFO));
                getStyleClass().add(item.severity() == Severity.ERROR ? "seccomp-error" : "seccomp-warning");
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    /** The group's title and count, its explanation, then its calls (risky ones marked). */
    static ListCell<AllowedGroup> allowedGroup() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AllowedGroup item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                long risky = item.riskyCount();
                Label title = new Label(item.group().title() + " (" + item.calls().size() + ")"
                        + (risky > 0 ? " · " + risky + " risky" : ""));
                title.getStyleClass().add("seccomp-group-title");
                if (risky > 0) {
                    title.setGraphic(Glyphs.of(Glyph.WARNING));
                }
                Label explanation = new Label(item.group().explanation());
                explanation.getStyleClass().add("seccomp-group-explanation");
                explanation.setWrapText(true);
                FlowPane calls = new FlowPane(6, 4);
                for (AllowedGroup.AllowedCall call : item.calls()) {
                    Label name = new Label(call.name() + (call.conditional() ? "*" : ""));
                    name.getStyleClass().add(call.risky() ? "seccomp-call-risky" : "seccomp-call");
                    if (call.risky() || call.conditional()) {
                        name.setTooltip(new Tooltip((call.risky() ? "Risky: allowing it deserves attention. " : "")
                                + (call.conditional() ? "Allowed only under conditions (arguments, capabilities"
                                + " or architecture)." : "")));
                    }
                    calls.getChildren().add(name);
                }
                VBox box = new VBox(3, title, explanation, calls);
                box.setPrefWidth(0);
                setGraphic(box);
            }
        };
    }

    /** The group's title, then "+ added" and "− removed" calls, risky ones marked. */
    static ListCell<DiffGroup> diffGroup() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DiffGroup item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(item.title());
                title.getStyleClass().add("seccomp-group-title");
                VBox box = new VBox(3, title);
                if (!item.added().isEmpty()) {
                    box.getChildren().add(calls("+", item.added(), item, "seccomp-added"));
                }
                if (!item.removed().isEmpty()) {
                    box.getChildren().add(calls("−", item.removed(), item, "seccomp-removed"));
                }
                box.setPrefWidth(0);
                setGraphic(box);
            }
        };
    }

    private static FlowPane calls(String sign, List<String> names, DiffGroup group, String style) {
        FlowPane pane = new FlowPane(6, 4);
        Label mark = new Label(sign);
        mark.getStyleClass().add(style);
        pane.getChildren().add(mark);
        for (String name : names) {
            Label call = new Label(name + (group.risky().contains(name) ? " (risky)" : ""));
            call.getStyleClass().addAll(style, group.risky().contains(name) ? "seccomp-call-risky" : "seccomp-call");
            pane.getChildren().add(call);
        }
        return pane;
    }
}
