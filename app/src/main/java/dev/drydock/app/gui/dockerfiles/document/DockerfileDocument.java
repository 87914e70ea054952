package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.core.findings.Finding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One open Dockerfile buffer (a tab): untitled or backed by a file, the text as last saved and as
 * it is now, whether it is dirty, and the latest findings with the exact text they were computed
 * for. The view calls {@link #setText} on every change of the editor and, when this document's
 * text changes for another reason (reload, restore), puts the new text into the editor. Properties
 * change on the UI thread only.
 */
public final class DockerfileDocument {

    /** Shown after the name of a buffer with unsaved changes. */
    public static final String DIRTY_MARKER = " •";

    /** Findings and the exact text they were computed for. */
    public record LintedText(String text, List<Finding> findings) {

        public LintedText {
            Objects.requireNonNull(text);
            findings = List.copyOf(findings);
        }
    }

    private final String id;
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper(this, "displayName");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper(this, "savedText", "");
    private final ReadOnlyBooleanWrapper missingOnDisk = new ReadOnlyBooleanWrapper(this, "missingOnDisk");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<LintedText> linted =
            new ReadOnlyObjectWrapper<>(this, "linted", new LintedText("", List.of()));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper lintNote = new ReadOnlyStringWrapper(this, "lintNote", "");
    private FileStamp diskStamp;
    private FileStamp declinedDiskStamp;
    private int savesInFlight;

    DockerfileDocument(String id, Path file, String name, String initialText, String initialSavedText) {
        this.id = Objects.requireNonNull(id);
        this.path.set(file);
        this.displayName.set(file == null ? name : file.getFileName().toString());
        this.savedText.set(initialSavedText);
        this.text.set(initialText);
        text.addListener((obs, old, now) -> updateDirty());
        savedText.addListener((obs, old, now) -> updateDirty());
        missingOnDisk.addListener((obs, old, now) -> updateDirty());
        displayName.addListener((obs, old, now) -> updateTitle());
        dirty.addListener((obs, old, now) -> updateTitle());
        updateDirty();
        updateTitle();
    }

    /**
     * A new untitled buffer starting from {@code text} (empty, a sample, a template): unchanged until
     * the user edits it, so closing it untouched asks nothing and it is not kept for recovery.
     */
    static DockerfileDocument untitled(String name, String text) {
        return new DockerfileDocument(newId(), null, name, text, text);
    }

    /** A buffer holding the file's text as read from disk. */
    static DockerfileDocument loaded(DocumentFiles.LoadedFile file) {
        DockerfileDocument document = new DockerfileDocument(newId(), file.path(), null, file.text(), file.text());
        document.diskStamp = file.stamp();
        return document;
    }

    /** A recovered buffer for a file that is still there: dirty when the recovered text differs. */
    static DockerfileDocument restored(String id, DocumentFiles.LoadedFile file, String recoveredText) {
        DockerfileDocument document = new DockerfileDocument(id, file.path(), null, recoveredText, file.text());
        document.diskStamp = file.stamp();
        return document;
    }

    /** A recovered buffer: untitled, or for a file that is gone (then it stays dirty until saved). */
    static DockerfileDocument restoredWithoutFile(String id, Path file, String name, String recoveredText) {
        DockerfileDocument document = new DockerfileDocument(id, file, name, recoveredText, "");
        if (file != null) {
            document.markMissingOnDisk();
        }
        return document;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Names this buffer in the recovery area. */
    public String id() {
        return id;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path.get());
    }

    /** The file, null while untitled. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** The file name, or {@code Untitled 1}… */
    public ReadOnlyStringProperty displayNameProperty() {
        return displayName.getReadOnlyProperty();
    }

    /** What its tab shows: the display name, with {@link #DIRTY_MARKER} while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The view reports the editor's text here on every change. */
    public void setText(String newText) {
        text.set(Objects.requireNonNull(newText));
    }

    /** The text as it was last read from or written to the file ({@code ""} for a new buffer). */
    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** True when the text differs from the file, or the file was deleted on disk. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True when the file was deleted or moved away behind the editor's back. */
    public ReadOnlyBooleanProperty missingOnDiskProperty() {
        return missingOnDisk.getReadOnlyProperty();
    }

    /** The latest findings and the text they belong to; compare with {@link #text()} before using ranges. */
    public ReadOnlyObjectProperty<LintedText> lintedProperty() {
        return linted.getReadOnlyProperty();
    }

    /** The findings when they were computed for exactly the current text; empty while a check is due. */
    public Optional<List<Finding>> currentFindings() {
        LintedText latest = linted.get();
        return latest.text().equals(text.get()) ? Optional.of(latest.findings()) : Optional.empty();
    }

    /** Why the last file operation failed (what happened and what to do); empty when it worked. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A note about checking: lint settings that could not be used, ShellCheck missing or failing. */
    public ReadOnlyStringProperty lintNoteProperty() {
        return lintNote.getReadOnlyProperty();
    }

    void showFindings(String lintedText, List<Finding> findings, String note) {
        linted.set(new LintedText(lintedText, findings));
        lintNote.set(note == null ? "" : note);
    }

    void setProblem(String message) {
        problem.set(message == null ? "" : message);
    }

    /** After a save or a reload: {@code diskText} is what the file now holds. */
    void markInSyncWithDisk(Path file, String diskText, FileStamp stamp) {
        path.set(file);
        displayName.set(file.getFileName().toString());
        savedText.set(diskText);
        missingOnDisk.set(false);
        diskStamp = stamp;
        declinedDiskStamp = null;
        problem.set("");
    }

    /** Reloads the file's text into the buffer. */
    void reload(DocumentFiles.LoadedFile file) {
        markInSyncWithDisk(file.path(), file.text(), file.stamp());
        text.set(file.text());
    }

    /** The file is as known, only its stamp changed (touched, or back after being missing). */
    void touched(FileStamp stamp) {
        diskStamp = stamp;
        missingOnDisk.set(false);
    }

    void markMissingOnDisk() {
        missingOnDisk.set(true);
    }

    void setName(String name) {
        displayName.set(name);
    }

    FileStamp diskStamp() {
        return diskStamp;
    }

    FileStamp declinedDiskStamp() {
        return declinedDiskStamp;
    }

    /** "Keep mine" for this version of the file: do not ask again until it changes once more. */
    void declineDiskVersion(FileStamp stamp) {
        declinedDiskStamp = stamp;
    }

    boolean saving() {
        return savesInFlight > 0;
    }

    void saveStarted() {
        savesInFlight++;
    }

    void saveFinished() {
        savesInFlight--;
    }

    private void updateDirty() {
        dirty.set(missingOnDisk.get() || !text.get().equals(savedText.get()));
    }

    private void updateTitle() {
        title.set(displayName.get() + (dirty.get() ? DIRTY_MARKER : ""));
    }
}
