package dev.drydock.app.gui.scan;

import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.inspect.ImageInspection;
import dev.drydock.core.image.inspect.ImageReport;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;

import java.time.LocalDate;

/** Scans and audits one image, blocking: what a scan tab runs on a worker thread. */
@FunctionalInterface
public interface ImageInspector {

    ImageReport inspect(ImageSource source, LocalDate today, ProgressListener progress, CancellationToken cancel)
            throws ImageArchiveException;

    /** Every analyzer and image rule of the engine, with layers cached in {@code cache}. */
    static ImageInspector using(LayerCache cache) {
        ImageInspection inspection = new ImageInspection(cache);
        return inspection::inspect;
    }
}
