package dev.drydock.app.gui;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.common.UserPrompts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Answers confirmations from a script and records every question and error. */
public final class RecordingPrompts implements UserPrompts {

    public final List<Confirmation> asked = new ArrayList<>();
    public final List<UserMessage> errors = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();

    public RecordingPrompts answering(Boolean... script) {
        answers.addAll(List.of(script));
        return this;
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
