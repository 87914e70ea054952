package dev.drydock.app.gui.images;

import dev.drydock.app.gui.common.Formats;
import dev.drydock.core.daemon.ImageSummary;

/** The texts an image row shows in the table; the search matches the same texts. */
public final class ImageRows {

    private ImageRows() {
    }

    /** The tags, or {@code <none>} for a dangling image, as {@code docker images} shows it. */
    public static String tags(ImageSummary image) {
        return image.dangling() ? "<none>" : String.join(", ", image.repoTags());
    }

    /** The name to use in dialogs: the first tag, else the short id. */
    public static String name(ImageSummary image) {
        return image.dangling() ? image.shortId() : image.repoTags().get(0);
    }

    public static String containers(ImageSummary image) {
        return image.containers() < 0 ? "" : Integer.toString(image.containers());
    }

    public static String visibleText(ImageSummary image) {
        return String.join(" ", tags(image), image.shortId(), Formats.size(image.sizeBytes()),
                Formats.dateTime(image.created()), containers(image));
    }
}
