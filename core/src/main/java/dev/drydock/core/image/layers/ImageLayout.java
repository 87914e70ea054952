package dev.drydock.core.image.layers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.image.ImageArchiveException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which image an archive or layout holds and where its parts are: the config and the layer blobs in
 * order, from {@code manifest.json} ({@code docker save}) or {@code index.json} (OCI layout, also a
 * nested index of a multi-platform image, whose first manifest present in the layout is taken).
 *
 * @param configName the archive path of the config
 * @param layerNames archive paths of the layer blobs, lowest first
 */
record ImageLayout(String configName, byte[] config, List<String> repoTags, List<String> layerNames) {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NESTING = 4;

    ImageLayout {
        repoTags = List.copyOf(repoTags);
        layerNames = List.copyOf(layerNames);
    }

    /** Small files of the archive, by normal path; null when absent. */
    interface Metadata {
        byte[] file(String name);
    }

    /** The layout, or null while the metadata needed is not (yet) there. */
    static ImageLayout find(Metadata metadata, String wantedReference) {
        try {
            return resolve(metadata, wantedReference, "");
        } catch (ImageArchiveException e) {
            return null;
        }
    }

    /** The layout of the image named {@code wantedReference} (or the first image); fails when the archive has none. */
    static ImageLayout resolve(Metadata metadata, String wantedReference, String source) throws ImageArchiveException {
        byte[] manifest = metadata.file("manifest.json");
        if (manifest != null) {
            return fromDockerManifest(metadata, json(manifest, source, "manifest.json"), wantedReference, source);
        }
        byte[] index = metadata.file("index.json");
        if (index != null) {
            ImageLayout layout = fromIndex(metadata, json(index, source, "index.json"), wantedReference, source, 0);
            if (layout != null) {
                return layout;
            }
            throw LayerTexts.failure("missing", source, "the image manifest named by index.json");
        }
        throw LayerTexts.failure("no-index", source);
    }

    private static ImageLayout fromDockerManifest(Metadata metadata, JsonNode manifest, String wanted, String source)
            throws ImageArchiveException {
        if (!manifest.isArray() || manifest.isEmpty()) {
            throw LayerTexts.failure("bad-json", source, "manifest.json", "expected a list of images");
        }
        JsonNode chosen = manifest.get(0);
        for (JsonNode image : manifest) {
            if (strings(image.get("RepoTags")).contains(wanted)) {
                chosen = image;
            }
        }
        String configName = EntryPaths.normalise(text(chosen, "Config"));
        if (configName == null || configName.isEmpty()) {
            throw LayerTexts.failure("bad-json", source, "manifest.json", "the image has no Config");
        }
        byte[] config = metadata.file(configName);
        if (config == null) {
            throw LayerTexts.failure("missing", source, "the image config " + configName);
        }
        List<String> layers = new ArrayList<>();
        for (String layer : strings(chosen.get("Layers"))) {
            String name = EntryPaths.normalise(layer);
            if (name == null || name.isEmpty()) {
                throw LayerTexts.failure("bad-json", source, "manifest.json", "a layer path leaves the archive");
            }
            layers.add(name);
        }
        return new ImageLayout(configName, config, strings(chosen.get("RepoTags")), layers);
    }

    private static ImageLayout fromIndex(Metadata metadata, JsonNode index, String wanted, String source, int depth)
            throws ImageArchiveException {
        JsonNode manifests = index.get("manifests");
        if (manifests == null || !manifests.isArray()) {
            throw LayerTexts.failure("bad-json", source, "index.json", "no manifests list");
        }
        List<JsonNode> candidates = new ArrayList<>();
        manifests.forEach(candidates::add);
        candidates.sort(java.util.Comparator.comparing(descriptor -> !tag(descriptor).equals(wanted)));
        for (JsonNode descriptor : candidates) {
            String blobName = blobPath(text(descriptor, "digest"));
            byte[] blob = blobName == null ? null : metadata.file(blobName);
            if (blob == null) {
                continue;
            }
            JsonNode node = json(blob, source, blobName);
            if (node.has("manifests")) {
                ImageLayout nested = depth < MAX_NESTING ? fromIndex(metadata, node, wanted, source, depth + 1) : null;
                if (nested != null) {
                    return nested;
                }
                continue;
            }
            return fromOciManifest(metadata, node, tag(descriptor), source, blobName);
        }
        return null;
    }

    private static ImageLayout fromOciManifest(Metadata metadata, JsonNode manifest, String tag, String source,
                                               String manifestName) throws ImageArchiveException {
        String configName = blobPath(text(manifest.get("config"), "digest"));
        if (configName == null) {
            throw LayerTexts.failure("bad-json", source, manifestName, "no config digest");
        }
        byte[] config = metadata.file(configName);
        if (config == null) {
            throw LayerTexts.failure("missing", source, "the image config " + configName);
        }
        List<String> layers = new ArrayList<>();
        JsonNode layerList = manifest.get("layers");
        if (layerList != null) {
            for (JsonNode layer : layerList) {
                String name = blobPath(text(layer, "digest"));
                if (name == null) {
                    throw LayerTexts.failure("bad-json", source, manifestName, "a layer has no sha256 digest");
                }
                layers.add(name);
            }
        }
        return new ImageLayout(configName, config, tag.isEmpty() ? List.of() : List.of(tag), layers);
    }

    /** The archive path of a blob digest {@code sha256:<hex>}; null when it is no sha256 digest. */
    static String blobPath(String digest) {
        if (digest == null || !digest.matches("sha256:[0-9a-f]{64}")) {
            return null;
        }
        return "blobs/sha256/" + digest.substring("sha256:".length());
    }

    /** The digest a blob's path names ({@code sha256:<hex>} for {@code blobs/sha256/<hex>}), else null. */
    static String digestOfBlobPath(String path) {
        String hex = path.startsWith("blobs/sha256/") ? path.substring("blobs/sha256/".length()) : "";
        return hex.matches("[0-9a-f]{64}") ? "sha256:" + hex : null;
    }

    private static String tag(JsonNode descriptor) {
        JsonNode annotations = descriptor.get("annotations");
        String full = text(annotations, "io.containerd.image.name");
        return full.isEmpty() ? text(annotations, "org.opencontainers.image.ref.name") : full;
    }

    static JsonNode json(byte[] content, String source, String what) throws ImageArchiveException {
        try {
            JsonNode node = JSON.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw LayerTexts.failure("bad-json", source, what, "empty");
            }
            return node;
        } catch (IOException e) {
            throw LayerTexts.failure("bad-json", source, what, AnalyzerSet.reason(e));
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    static List<String> strings(JsonNode value) {
        List<String> result = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> result.add(item.asText()));
        }
        return result;
    }
}
