package dev.drydock.app.gui.editor;

/** How far a suppression reaches: the finding's instruction only, or the whole file. */
public enum SuppressScope {
    LINE,
    FILE
}
