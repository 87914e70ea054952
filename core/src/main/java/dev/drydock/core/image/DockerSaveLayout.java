package dev.drydock.core.image;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reads the images of a {@code docker save} archive from its {@code manifest.json}. */
final class DockerSaveLayout {

    private DockerSaveLayout() {
    }

    static List<ArchivedImage> images(ArchiveContents contents, String source) throws ImageArchiveException {
        JsonNode manifest = ArchiveJson.parse(contents.file("manifest.json", "the manifest"), source, "manifest.json");
        if (!manifest.isArray()) {
            throw ArchiveTexts.failure("bad-json", "advice.save", source, "manifest.json", "expected a list of images");
        }
        List<ArchivedImage> images = new ArrayList<>();
        for (JsonNode entry : manifest) {
            String configName = ArchiveJson.text(entry, "Config");
            if (configName.isEmpty()) {
                throw ArchiveTexts.failure("bad-json", "advice.save", source, "manifest.json", "an image has no Config");
            }
            byte[] config = contents.file(configName, "the image config");
            images.add(ArchiveJson.image(ArchiveJson.strings(entry, "RepoTags"), config,
                    ArchiveJson.strings(entry, "Layers").size(), source, configName));
        }
        return images;
    }
}
