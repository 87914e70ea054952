package dev.drydock.app.gui.dockerfiles;

import java.util.ArrayList;
import java.util.List;

/** What one run of keystrokes measured, in nanoseconds per keystroke. Filled on the FX thread. */
final class RelintSamples {

    /** The key event on the FX thread: insert or delete, re-highlight, restyle, gutter, document update. */
    final List<Long> keystrokeFx = new ArrayList<>();
    /** The CSS + layout pass of the first pulse after the keystroke (lines re-laid out, gutter graphics). */
    final List<Long> keystrokePulse = new ArrayList<>();
    /** From the key event to the editor accepting Drydock's findings for exactly the new text. */
    final List<Long> toFindings = new ArrayList<>();
    /** Applying those findings on the FX thread (document, editor marks, restyle, gutter). */
    final List<Long> findingsFx = new ArrayList<>();
    /** The CSS + layout pass of the first pulse after the findings were applied. */
    final List<Long> findingsPulse = new ArrayList<>();
    /** From the key event to the editor accepting the findings with ShellCheck's second pass (ShellCheck mode). */
    final List<Long> toShellCheckFindings = new ArrayList<>();
    /** Applying the findings of ShellCheck's pass on the FX thread. */
    final List<Long> shellCheckFx = new ArrayList<>();
    /** The CSS + layout pass of the first pulse after ShellCheck's findings were applied. */
    final List<Long> shellCheckPulse = new ArrayList<>();

    void clear() {
        keystrokeFx.clear();
        keystrokePulse.clear();
        toFindings.clear();
        findingsFx.clear();
        findingsPulse.clear();
        toShellCheckFindings.clear();
        shellCheckFx.clear();
        shellCheckPulse.clear();
    }
}
