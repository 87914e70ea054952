package dev.drydock.core.image;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the images of an OCI image layout from {@code index.json}: each manifest (also behind one
 * nested index, as multi-platform images have) names its config and layers by digest.
 */
final class OciLayout {

    private static final String INDEX = "application/vnd.oci.image.index.v1+json";
    private static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    private static final int MAX_NESTING = 4;

    private final ArchiveContents contents;
    private final String source;
    /** Manifest digest → tags, so an image tagged twice is one image with two tags. */
    private final Map<String, List<String>> tagsByManifest = new LinkedHashMap<>();

    private OciLayout(ArchiveContents contents, String source) {
        this.contents = contents;
        this.source = source;
    }

    static List<ArchivedImage> images(ArchiveContents contents, String source) throws ImageArchiveException {
        OciLayout layout = new OciLayout(contents, source);
        JsonNode index = ArchiveJson.parse(contents.file("index.json", "the index"), source, "index.json");
        layout.collect(index, 0);
        List<ArchivedImage> images = new ArrayList<>();
        for (Map.Entry<String, List<String>> manifest : layout.tagsByManifest.entrySet()) {
            images.add(layout.image(manifest.getKey(), manifest.getValue()));
        }
        return images;
    }

    private void collect(JsonNode index, int depth) throws ImageArchiveException {
        JsonNode manifests = index.get("manifests");
        if (manifests == null || !manifests.isArray()) {
            throw ArchiveTexts.failure("bad-json", "advice.save", source, "index.json", "no manifests list");
        }
        for (JsonNode descriptor : manifests) {
            String digest = ArchiveJson.text(descriptor, "digest");
            String mediaType = ArchiveJson.text(descriptor, "mediaType");
            if (INDEX.equals(mediaType) || DOCKER_LIST.equals(mediaType)) {
                if (depth < MAX_NESTING) {
                    collect(ArchiveJson.parse(blob(digest, "the nested index"), source, "index " + digest), depth + 1);
                }
                continue;
            }
            List<String> tags = tagsByManifest.computeIfAbsent(digest, d -> new ArrayList<>());
            String tag = tag(descriptor.get("annotations"));
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
    }

    private ArchivedImage image(String manifestDigest, List<String> tags) throws ImageArchiveException {
        JsonNode manifest = ArchiveJson.parse(blob(manifestDigest, "the image manifest"), source,
                "manifest " + manifestDigest);
        String configDigest = ArchiveJson.text(manifest.get("config"), "digest");
        byte[] config = blob(configDigest, "the image config");
        JsonNode layers = manifest.get("layers");
        return ArchiveJson.image(tags, config, layers == null ? 0 : layers.size(), source, configDigest);
    }

    /** A blob by digest, checked against it. */
    private byte[] blob(String digest, String what) throws ImageArchiveException {
        String path = ArchiveJson.blobPath(digest);
        if (path == null) {
            throw ArchiveTexts.failure("missing", "advice.save", source, what + " with digest \"" + digest + "\"");
        }
        byte[] content = contents.file(path, what);
        if (!ArchiveJson.sha256(content).equals(digest)) {
            throw ArchiveTexts.failure("bad-digest", "advice.save", source, path);
        }
        return content;
    }

    /** The image name from the annotations Docker and containerd write; the full name wins over the bare tag. */
    private static String tag(JsonNode annotations) {
        String full = ArchiveJson.text(annotations, "io.containerd.image.name");
        return full.isEmpty() ? ArchiveJson.text(annotations, "org.opencontainers.image.ref.name") : full;
    }
}
