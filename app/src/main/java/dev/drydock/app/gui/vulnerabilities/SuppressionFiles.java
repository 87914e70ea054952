package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.scan.ImageConfigFacts;
import dev.drydock.core.vuln.ignore.IgnoreFile;
import dev.drydock.core.vuln.ignore.Suppressions;
import dev.drydock.core.vuln.ignore.VexDocument;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The ignore files and OpenVEX documents the user chose, applied to every scan's vulnerabilities and
 * remembered between runs. Files are read in the background; the list changes on the UI thread, and every
 * open Vulnerabilities tab applies the new list to its matches without matching again.
 *
 * <p>A newly chosen file that cannot be used is not added: {@link #problemProperty()} says why. A remembered
 * file that can no longer be read stays in the list with its problem, so the user sees it and can remove it.
 */
public final class SuppressionFiles {

    private final UiTaskRunner runner;
    private final Consumer<List<Path>> remember;
    private final ObservableList<SuppressionFile> files = FXCollections.observableArrayList();
    private final ObservableList<SuppressionFile> filesView = FXCollections.unmodifiableObservableList(files);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private SuppressionFileChooser chooser;

    /** @param remember saves the list of paths (the user settings); called on the UI thread after each change */
    public SuppressionFiles(UiTaskRunner runner, Consumer<List<Path>> remember) {
        this.runner = Objects.requireNonNull(runner);
        this.remember = Objects.requireNonNull(remember);
    }

    /** No files, and nothing remembered: for scans outside the workbench. */
    public static SuppressionFiles none() {
        return new SuppressionFiles(UiTaskRunner.sameThread(), paths -> { });
    }

    /** Reads the files remembered from the last run; unreadable ones stay listed with their problem. */
    public void load(List<Path> remembered) {
        read("Reading suppression files", remembered, true, false);
    }

    /** Reads and adds the chosen files; a file already listed is read again. */
    public void add(List<Path> chosen) {
        read("Reading suppression files", chosen, false, true);
    }

    /** Reads every listed file again (after the user edited one). */
    public void readAgain() {
        read("Reading suppression files again", paths(), true, true);
    }

    public void remove(SuppressionFile file) {
        if (files.removeIf(listed -> listed.path().equals(file.path()))) {
            problem.set("");
            save();
        }
    }

    /** How the window asks for files; without one, {@link #choose()} does nothing. */
    public void useChooser(SuppressionFileChooser newChooser) {
        this.chooser = Objects.requireNonNull(newChooser);
    }

    public boolean canChoose() {
        return chooser != null;
    }

    /** Asks the user for files and adds them. */
    public void choose() {
        if (chooser != null) {
            List<Path> chosen = chooser.chooseSuppressionFiles();
            if (!chosen.isEmpty()) {
                add(chosen);
            }
        }
    }

    /**
     * @param keepUnusable list files that cannot be used (remembered ones), rather than refuse them (new ones)
     * @param rememberChange save the list when its paths changed (not when it was just loaded from the settings)
     */
    private void read(String title, List<Path> paths, boolean keepUnusable, boolean rememberChange) {
        if (paths.isEmpty()) {
            return;
        }
        List<Path> reading = List.copyOf(paths);
        runner.submit(UiTask.of(title, (token, progress) -> {
            List<SuppressionFile> read = new ArrayList<>();
            for (Path path : reading) {
                token.throwIfCancelled();
                read.add(SuppressionFile.read(path));
            }
            return read;
        }).quiet().onSuccess(read -> merge(read, keepUnusable, rememberChange)));
    }

    private void merge(List<SuppressionFile> read, boolean keepUnusable, boolean rememberChange) {
        List<SuppressionFile> next = new ArrayList<>(files);
        List<String> problems = new ArrayList<>();
        for (SuppressionFile file : read) {
            int listed = indexOf(next, file.path());
            if (!file.usable() && !keepUnusable) {
                problems.add(file.problem());
            } else if (listed >= 0) {
                next.set(listed, file);
            } else {
                next.add(file);
            }
        }
        problem.set(problems.isEmpty() ? "" : String.join("\n", problems));
        List<Path> before = paths();
        if (!next.equals(files)) {
            files.setAll(next);
        }
        if (rememberChange && !paths().equals(before)) {
            save();
        }
    }

    private static int indexOf(List<SuppressionFile> list, Path path) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private List<Path> paths() {
        return files.stream().map(SuppressionFile::path).toList();
    }

    private void save() {
        remember.accept(paths());
    }

    /** The files, in the order chosen; changes on the UI thread. */
    public ObservableList<SuppressionFile> files() {
        return filesView;
    }

    /** Why the last chosen files could not be added; empty when they could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Calls {@code listener} whenever the list or a file's content changes; run the returned action to stop. */
    public Runnable onChange(Runnable listener) {
        InvalidationListener invalidated = observable -> listener.run();
        files.addListener(invalidated);
        return () -> files.removeListener(invalidated);
    }

    /** The usable files as core suppressions for the image {@code config} describes. */
    public Suppressions suppressions(ImageConfigFacts config) {
        return snapshot().apply(config);
    }

    /**
     * The usable files as they are now, as core suppressions for any image: take it on the UI thread, use it on
     * a worker (the overview's heatmap).
     */
    public Function<ImageConfigFacts, Suppressions> snapshot() {
        List<IgnoreFile> ignoreFiles = files.stream().map(SuppressionFile::ignoreFile).flatMap(Optional::stream).toList();
        List<VexDocument> vexDocuments = files.stream().map(SuppressionFile::vexDocument).flatMap(Optional::stream).toList();
        return config -> new Suppressions(ignoreFiles, vexDocuments, imageIdentifiers(config));
    }

    /** What VEX products may call an image: its id, tags and the name it was scanned by. */
    static Set<String> imageIdentifiers(ImageConfigFacts config) {
        Set<String> identifiers = new HashSet<>(config.repoTags());
        if (!config.imageId().isBlank()) {
            identifiers.add(config.imageId());
        }
        if (!config.reference().isBlank()) {
            identifiers.add(config.reference());
        }
        return identifiers;
    }
}
