package dev.drydock.app.cli;

import dev.drydock.core.daemon.ImageSummary;

import java.time.Instant;
import java.util.List;

/** {@code drydock images} for people: one row per tag, as {@code docker images} prints them. */
final class ImageTable {

    private static final String NONE = "<none>";

    private ImageTable() {
    }

    static TextTable of(List<ImageSummary> images, boolean truncate, Instant now) {
        TextTable table = new TextTable("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE");
        for (ImageSummary image : images) {
            String id = truncate ? image.shortId() : image.id();
            String created = HumanUnits.ago(image.created(), now);
            String size = HumanUnits.size(image.sizeBytes());
            List<String> tags = image.repoTags().stream().filter(t -> !"<none>:<none>".equals(t)).toList();
            if (tags.isEmpty()) {
                table.add(repositoryOfDigest(image.repoDigests()), NONE, id, created, size);
            }
            for (String tag : tags) {
                table.add(repository(tag), tag(tag), id, created, size);
            }
        }
        return table;
    }

    /** {@code registry:5000/team/app:1.2} → {@code registry:5000/team/app}. */
    static String repository(String reference) {
        int colon = tagColon(reference);
        return colon < 0 ? reference : reference.substring(0, colon);
    }

    /** {@code registry:5000/team/app:1.2} → {@code 1.2}; {@code <none>} when untagged. */
    static String tag(String reference) {
        int colon = tagColon(reference);
        return colon < 0 ? NONE : reference.substring(colon + 1);
    }

    private static int tagColon(String reference) {
        int colon = reference.lastIndexOf(':');
        return colon > reference.lastIndexOf('/') ? colon : -1;
    }

    /** A dangling image that came from a registry still knows its repository by digest. */
    private static String repositoryOfDigest(List<String> digests) {
        for (String digest : digests) {
            int at = digest.indexOf('@');
            if (at > 0 && !digest.startsWith(NONE)) {
                return digest.substring(0, at);
            }
        }
        return NONE;
    }
}
