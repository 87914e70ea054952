package dev.drydock.app.gui.dockerfiles;

import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.lint.LocalImage;
import dev.drydock.core.lint.LocalImages;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the connected daemon knows about base images, for the editor's pins: a snapshot of the live
 * image list, renewed on the UI thread whenever the list changes and read by lints off it. With no
 * daemon it is empty, and {@code latest} gets a version placeholder as in the CLI.
 */
public final class DaemonImagePins implements Supplier<LocalImages> {

    private volatile LocalImages snapshot = LocalImages.none();

    private DaemonImagePins() {
    }

    /** Pins that follow {@code images} (the Images page's live list). Call on the UI thread. */
    public static DaemonImagePins following(ObservableList<ImageSummary> images) {
        DaemonImagePins pins = new DaemonImagePins();
        pins.update(images);
        images.addListener((ListChangeListener<ImageSummary>) change -> pins.update(images));
        return pins;
    }

    @Override
    public LocalImages get() {
        return snapshot;
    }

    private void update(List<ImageSummary> images) {
        snapshot = LocalImages.of(images.stream().map(LocalImage::of).toList());
    }
}
