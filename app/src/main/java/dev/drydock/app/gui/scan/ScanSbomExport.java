package dev.drydock.app.gui.scan;

import dev.drydock.app.AppVersion;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.files.AtomicFileWrite;
import dev.drydock.core.image.sbom.SbomContext;
import dev.drydock.core.image.sbom.SbomExporters;
import dev.drydock.core.image.sbom.SbomFormat;
import dev.drydock.core.image.scan.ScannedImage;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * "Export SBOM…" of a finished scan: the scanned image's Software Bill of Materials written as
 * CycloneDX 1.6 or SPDX 2.3 JSON to a file the user picked, in the background and all at once (a
 * reader never sees half a file), then a line saying what was written.
 */
public final class ScanSbomExport {

    /** Asks where to write the SBOM, suggesting a file name; empty when the user cancelled. */
    @FunctionalInterface
    public interface TargetChooser {
        Optional<Path> choose(SbomFormat format, String suggestedName);
    }

    private static final String[] ARCHIVE_SUFFIXES = {".tar.gz", ".tar.zst", ".tgz", ".tar"};

    private final ScanTarget target;
    private final UiTaskRunner runner;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<UserMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private ScannedImage image;

    ScanSbomExport(ScanTarget target, UiTaskRunner runner) {
        this.target = target;
        this.runner = runner;
    }

    /** A scan finished: its image is what gets exported from now on. */
    void scanned(ScannedImage scannedImage) {
        this.image = scannedImage;
        available.set(scannedImage != null);
    }

    /** {@code web-1.0.cdx.json} for {@code web:1.0}, {@code app.spdx.json} for {@code app.tar}. */
    public String suggestedName(SbomFormat format) {
        String name = target.name().substring(target.name().lastIndexOf('/') + 1);
        for (String suffix : ARCHIVE_SUFFIXES) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return (safe.isBlank() ? "image" : safe) + format.fileSuffix();
    }

    /** Asks the chooser for a file, then writes the SBOM there; does nothing when the user cancels. */
    public void exportTo(SbomFormat format, TargetChooser chooser) {
        if (image != null && !running.get()) {
            chooser.choose(format, suggestedName(format)).ifPresent(file -> export(format, file));
        }
    }

    /** Writes the latest scan's SBOM in {@code format} to {@code file}, replacing it when it exists. */
    public void export(SbomFormat format, Path file) {
        ScannedImage scanned = image;
        if (scanned == null || running.get()) {
            return;
        }
        running.set(true);
        problem.set(null);
        status.set("Writing the " + format.title() + " SBOM…");
        int packages = scanned.packages().size();
        runner.submit(UiTask.of("Exporting the SBOM of " + target.name(), (token, listener) -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    SbomExporters.write(scanned, format, bytes, SbomContext.now(AppVersion.version()));
                    token.throwIfCancelled();
                    AtomicFileWrite.write(file, bytes.toByteArray());
                    return file;
                })
                .onSuccess(written -> finish("Wrote " + written + " (" + packages + (packages == 1 ? " package)" : " packages)"), null))
                .onFailure(error -> finish("", problemOf(format, file, error)))
                .onCancelled(() -> finish("SBOM export cancelled; nothing was written.", null)));
    }

    private UserMessage problemOf(SbomFormat format, Path file, Throwable error) {
        String title = "Could not export the " + format.title() + " SBOM of " + target.name();
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            String detail = io.getMessage() == null || io.getMessage().isBlank() ? io.getClass().getSimpleName() : io.getMessage();
            return new UserMessage(title, "The file " + file + " could not be written: " + detail,
                    "Check that its folder exists and that you may write there, or choose another file.");
        }
        return UserMessage.of(title, error);
    }

    private void finish(String text, UserMessage failure) {
        running.set(false);
        status.set(failure == null ? text : failure.message());
        problem.set(failure);
    }

    /** Whether there is a scanned image to export. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether an export is being written. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the last export did ({@code Wrote /tmp/web.cdx.json (42 packages)}), or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last export failed, for the user; null unless it did. */
    public ReadOnlyObjectProperty<UserMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
