package dev.drydock.app.gui;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.common.UserPrompts;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers confirmations and save dialogs from a script and records every question and error. */
public final class RecordingPrompts implements UserPrompts {

    public final List<Confirmation> asked = new ArrayList<>();
    public final List<UserMessage> errors = new ArrayList<>();
    /** The suggested names of the save dialogs asked for. */
    public final List<String> suggestedNames = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();

    public RecordingPrompts answering(Boolean... script) {
        answers.addAll(List.of(script));
        return this;
    }

    /** The next save dialogs answer these files, in order; once they are used up, dialogs are cancelled. */
    public RecordingPrompts savingTo(Path... script) {
        files.addAll(List.of(script));
        return this;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        asked.add(confirmation);
        return !answers.isEmpty() && answers.pop();
    }

    @Override
    public void showError(UserMessage message) {
        errors.add(message);
    }
}
