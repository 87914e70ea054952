package dev.drydock.app.gui.editor;

import java.util.List;

/** A stretch of {@code length} characters that all carry the same style classes. */
public record StyleRun(int length, List<String> styleClasses) {
}
