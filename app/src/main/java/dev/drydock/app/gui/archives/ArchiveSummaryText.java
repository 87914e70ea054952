package dev.drydock.app.gui.archives;

import dev.drydock.app.gui.common.Formats;
import dev.drydock.core.daemon.DaemonIds;
import dev.drydock.core.image.ArchivedImage;
import dev.drydock.core.image.ImageArchiveFormat;
import dev.drydock.core.image.ImageArchiveSummary;

/** What an image tarball holds, in a few readable lines for the "Open image tarball…" notice. */
public final class ArchiveSummaryText {

    private ArchiveSummaryText() {
    }

    public static String headline(ImageArchiveSummary summary) {
        int count = summary.images().size();
        return (summary.format() == ImageArchiveFormat.OCI_LAYOUT ? "OCI image layout" : "docker save archive")
                + " with " + count + (count == 1 ? " image" : " images");
    }

    public static String body(ImageArchiveSummary summary) {
        StringBuilder text = new StringBuilder();
        for (ArchivedImage image : summary.images()) {
            text.append(image.repoTags().isEmpty() ? "(untagged)" : String.join(", ", image.repoTags())).append('\n')
                    .append("  ID ").append(DaemonIds.shortId(image.configDigest()))
                    .append(" · ").append(image.os()).append('/').append(image.architecture())
                    .append(" · ").append(image.layerCount()).append(image.layerCount() == 1 ? " layer" : " layers");
            String created = Formats.dateTime(image.created());
            if (!created.isEmpty()) {
                text.append(" · built ").append(created);
            }
            text.append("\n\n");
        }
        text.append("Checking the image's contents (packages, files, vulnerabilities) arrives with the image scanner.");
        return text.toString();
    }
}
