package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts.UnsavedChanges;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the editor's questions from a script and records what was asked. */
final class ScriptedSeccompPrompts implements SeccompPrompts {

    final List<String> asked = new ArrayList<>();
    final List<UserMessage> errors = new ArrayList<>();
    final Deque<UnsavedChanges> unsavedAnswers = new ArrayDeque<>();
    final Deque<Path> files = new ArrayDeque<>();

    @Override
    public UnsavedChanges askUnsavedChanges(String name) {
        asked.add("unsaved " + name);
        return unsavedAnswers.isEmpty() ? UnsavedChanges.CANCEL : unsavedAnswers.pop();
    }

    @Override
    public Optional<Path> chooseProfileToOpen(String title) {
        asked.add(title);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveLocation(String title, String suggestedName) {
        asked.add(title + " as " + suggestedName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void showError(UserMessage message) {
        errors.add(message);
    }
}
