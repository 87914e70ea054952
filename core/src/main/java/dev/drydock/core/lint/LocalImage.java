package dev.drydock.core.lint;

import dev.drydock.core.daemon.ImageSummary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One image of the local daemon, as far as pinning needs it.
 *
 * @param id          the image id, {@code sha256:…}
 * @param repoTags    every tag naming it, e.g. {@code node:latest}, {@code node:22.11.0}
 * @param repoDigests the registry digests it was pulled or pushed by, e.g. {@code node@sha256:…};
 *                    empty for an image that was built or loaded locally
 */
public record LocalImage(String id, List<String> repoTags, List<String> repoDigests) {

    /** Version-looking tags first, then the most specific ({@code 22.11.0} before {@code 22.11} before {@code 22}). */
    private static final Comparator<String> MOST_SPECIFIC_VERSION = Comparator
            .comparing((String tag) -> !looksLikeVersion(tag))
            .thenComparing(tag -> -tag.split("[.\\-_]").length)
            .thenComparing(tag -> -tag.length())
            .thenComparing(Comparator.naturalOrder());

    public LocalImage {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
    }

    /** What the daemon's image list says about pinning to {@code image}. */
    public static LocalImage of(ImageSummary image) {
        return new LocalImage(image.id(), image.repoTags(), image.repoDigests());
    }

    /** The digest ({@code sha256:…}) this image has in {@code repository} ({@code node}, {@code registry:5000/team/app}). */
    public Optional<String> digestIn(String repository) {
        String wanted = ImageNames.familiarRepository(repository);
        return repoDigests.stream()
                .filter(d -> d.indexOf('@') > 0)
                .filter(d -> ImageNames.familiarRepository(d.substring(0, d.indexOf('@'))).equals(wanted))
                .map(d -> d.substring(d.indexOf('@') + 1))
                .filter(d -> d.startsWith("sha256:"))
                .findFirst();
    }

    /**
     * The most specific other tag of {@code repository} naming this same image, never {@code latest}:
     * {@code 22.11.0} when {@code node:latest}, {@code node:22} and {@code node:22.11.0} are all this image.
     */
    public Optional<String> versionTagIn(String repository) {
        String wanted = ImageNames.familiarRepository(repository);
        return repoTags.stream()
                .filter(t -> t.lastIndexOf(':') > t.lastIndexOf('/'))
                .filter(t -> ImageNames.familiarRepository(t.substring(0, t.lastIndexOf(':'))).equals(wanted))
                .map(t -> t.substring(t.lastIndexOf(':') + 1))
                .filter(tag -> !tag.equals("latest") && !tag.equals("<none>") && !tag.isEmpty())
                .min(MOST_SPECIFIC_VERSION);
    }

    private static boolean looksLikeVersion(String tag) {
        int first = tag.startsWith("v") ? 1 : 0;
        return tag.length() > first && Character.isDigit(tag.charAt(first));
    }
}
