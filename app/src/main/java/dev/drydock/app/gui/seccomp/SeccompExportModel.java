package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.seccomp.export.KubernetesSeccompExport;
import dev.drydock.core.seccomp.export.SeccompExportFormat;
import dev.drydock.core.seccomp.export.SeccompSnippets;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The export part of the profile editor: the chosen format, the profile's name in the snippets, the text
 * to copy or save, or why there is none (errors in the profile, a name that cannot be a file name).
 */
public final class SeccompExportModel {

    private final UiTaskRunner runner;
    private final ReadOnlyObjectProperty<ProfileAnalysis> analysis;
    private final ReadOnlyObjectProperty<Path> file;
    private final Supplier<SeccompPrompts> prompts;
    private final ObjectProperty<SeccompExportFormat> format =
            new SimpleObjectProperty<>(this, "format", SeccompExportFormat.COMPOSE);
    private final StringProperty profileName = new SimpleStringProperty(this, "profileName", "profile");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    SeccompExportModel(UiTaskRunner runner, ReadOnlyObjectProperty<ProfileAnalysis> analysis,
                       ReadOnlyStringProperty documentName, ReadOnlyObjectProperty<Path> file,
                       Supplier<SeccompPrompts> prompts) {
        this.runner = runner;
        this.analysis = analysis;
        this.file = file;
        this.prompts = prompts;
        documentName.addListener((obs, old, now) -> profileName.set(KubernetesSeccompExport.nameOf(
                Path.of(now.replaceFirst(" template \\(new\\)$", "") + (now.endsWith(".json") ? "" : ".json")))));
        analysis.addListener((obs, old, now) -> refresh());
        format.addListener((obs, old, now) -> refresh());
        profileName.addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ObjectProperty<SeccompExportFormat> formatProperty() {
        return format;
    }

    /** The name in the snippets: the Compose service and the Kubernetes file {@code profiles/NAME.json}. */
    public StringProperty profileNameProperty() {
        return profileName;
    }

    /** The export's text; empty while {@link #problemProperty()} says why there is none. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Why nothing can be exported now; empty when the text is ready. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The file name a saved export gets by default. */
    public String suggestedFileName() {
        return snippets().suggestedFileName(format.get());
    }

    /** Asks where, then writes the export there (off the FX thread). */
    public void save() {
        String content = text.get();
        if (content.isEmpty()) {
            return;
        }
        SeccompPrompts ask = prompts.get();
        ask.chooseSaveLocation("Save " + format.get().title() + " export", suggestedFileName()).ifPresent(target ->
                runner.submit(UiTask.of("Saving " + target.getFileName(), (token, progress) -> {
                    Files.writeString(target, content, StandardCharsets.UTF_8);
                    return target;
                }).onFailure(error -> ask.showError(new UserMessage("Cannot save the export",
                        "Cannot write " + target + ": " + error.getMessage() + ".",
                        "Check that the folder exists and is writable.")))));
    }

    private void refresh() {
        ProfileAnalysis current = analysis.get();
        if (current.profile().isEmpty()) {
            show("", "Nothing to export until the text is a profile.");
        } else if (current.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            show("", "Fix the errors listed below the editor first: Docker would refuse this profile.");
        } else {
            try {
                KubernetesSeccompExport.checkedName(profileName.get());
                show(snippets().render(format.get()), "");
            } catch (IllegalArgumentException e) {
                show("", e.getMessage());
            }
        }
    }

    private void show(String content, String why) {
        text.set(content);
        problem.set(why);
    }

    private SeccompSnippets snippets() {
        String path = file.get() != null ? "./" + file.get().getFileName() : "./" + profileName.get() + ".json";
        return new SeccompSnippets(analysis.get().profile().orElse(null), path, profileName.get());
    }
}
