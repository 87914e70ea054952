package dev.drydock.core.image.sbom;

import dev.drydock.core.image.scan.ImageConfigFacts;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an SBOM names the image it describes: {@code localhost:5000/team/web:1.0} becomes name
 * {@code localhost:5000/team/web} and version {@code 1.0}; a digest reference keeps the digest as the
 * version. Falls back to the first repo tag, then to the image id, when the user gave no reference.
 *
 * @param version the tag or digest; empty when the reference has none (a tarball's file name)
 */
record ImageIdentity(String name, String version, String imageId, List<String> repoTags, List<String> diffIds,
                     String os, String architecture) {

    private static final Pattern SHA256 = Pattern.compile("sha256:([0-9a-f]{64})");

    static ImageIdentity of(ImageConfigFacts config) {
        String reference = firstNonBlank(config.reference(), config.repoTags().isEmpty() ? "" : config.repoTags().get(0),
                config.imageId(), "image");
        String name = reference;
        String version = "";
        int at = reference.indexOf('@');
        int colon = reference.lastIndexOf(':');
        if (at > 0) {
            name = reference.substring(0, at);
            version = reference.substring(at + 1);
        } else if (colon > reference.lastIndexOf('/') && colon > 0 && !reference.startsWith("sha256:")) {
            name = reference.substring(0, colon);
            version = reference.substring(colon + 1);
        }
        return new ImageIdentity(name, version, nullToEmpty(config.imageId()), config.repoTags(), config.diffIds(),
                nullToEmpty(config.os()), nullToEmpty(config.architecture()));
    }

    /** The image id's SHA-256 in hex, when the id is a {@code sha256:} digest. */
    Optional<String> imageIdSha256() {
        var matcher = SHA256.matcher(imageId);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** {@code name:version} or the name alone. */
    String displayName() {
        if (version.isEmpty()) {
            return name;
        }
        return name + (version.startsWith("sha256:") ? "@" : ":") + version;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return "";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
