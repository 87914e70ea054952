package dev.drydock.core.image;

import java.util.List;

/**
 * What an image archive on disk holds, read without unpacking it.
 *
 * @param source a name for the archive in messages, usually its path
 * @param images the images in it; {@code docker save} can put several in one archive
 */
public record ImageArchiveSummary(String source, ImageArchiveFormat format, List<ArchivedImage> images) {

    public ImageArchiveSummary {
        images = List.copyOf(images);
    }
}
