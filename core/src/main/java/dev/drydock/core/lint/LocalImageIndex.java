package dev.drydock.core.lint;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link LocalImages} over a list of images, indexed by {@code repository:tag} in the familiar form. */
final class LocalImageIndex implements LocalImages {

    private final Map<String, LocalImage> byTag = new HashMap<>();

    LocalImageIndex(Collection<LocalImage> images) {
        for (LocalImage image : images) {
            for (String tag : image.repoTags()) {
                byTag.putIfAbsent(key(tag), image);
            }
        }
    }

    @Override
    public Optional<LocalImage> find(String reference) {
        if (reference == null || reference.isBlank() || reference.contains("$")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byTag.get(key(reference)));
    }

    private static String key(String reference) {
        return ImageNames.familiarRepository(reference) + ":" + ImageNames.tagOrLatest(reference);
    }
}
