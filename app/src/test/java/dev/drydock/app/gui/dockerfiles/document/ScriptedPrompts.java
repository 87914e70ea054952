package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.common.UserMessage;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the workspace's questions from a script and remembers what was asked and shown. */
final class ScriptedPrompts implements DocumentPrompts {

    final Deque<UnsavedChanges> unsavedAnswers = new ArrayDeque<>();
    final Deque<ExternalChange> externalAnswers = new ArrayDeque<>();
    final Deque<Optional<Path>> saveLocations = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();
    final List<UserMessage> errors = new ArrayList<>();

    @Override
    public UnsavedChanges askUnsavedChanges(DockerfileDocument document) {
        asked.add("unsaved " + document.displayNameProperty().get());
        return unsavedAnswers.remove();
    }

    @Override
    public ExternalChange askExternalChange(DockerfileDocument document) {
        asked.add("external " + document.displayNameProperty().get());
        return externalAnswers.remove();
    }

    @Override
    public Optional<Path> chooseSaveLocation(DockerfileDocument document) {
        asked.add("save as " + document.displayNameProperty().get());
        return saveLocations.isEmpty() ? Optional.empty() : saveLocations.remove();
    }

    @Override
    public void showError(UserMessage message) {
        errors.add(message);
    }
}
