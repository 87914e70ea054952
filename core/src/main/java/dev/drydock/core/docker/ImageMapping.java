package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.daemon.ImageDetails;
import dev.drydock.core.daemon.ImageHistoryEntry;
import dev.drydock.core.daemon.ImageSummary;

import java.util.ArrayList;
import java.util.List;

import static dev.drydock.core.docker.Json.at;
import static dev.drydock.core.docker.Json.epochSeconds;
import static dev.drydock.core.docker.Json.keys;
import static dev.drydock.core.docker.Json.number;
import static dev.drydock.core.docker.Json.stringMap;
import static dev.drydock.core.docker.Json.strings;
import static dev.drydock.core.docker.Json.text;
import static dev.drydock.core.docker.Json.timestamp;

/** Maps the daemon's image answers ({@code /images/json}, {@code /images/{id}/json}, history). */
final class ImageMapping {

    private static final String NO_TAG = "<none>:<none>";
    private static final String NO_DIGEST = "<none>@<none>";

    private ImageMapping() {
    }

    static List<ImageSummary> toSummaries(JsonNode list) {
        List<ImageSummary> images = new ArrayList<>(list.size());
        for (JsonNode image : list) {
            JsonNode containers = at(image, "Containers");
            images.add(new ImageSummary(
                    text(image, "Id"),
                    withoutPlaceholder(strings(image, "RepoTags"), NO_TAG),
                    withoutPlaceholder(strings(image, "RepoDigests"), NO_DIGEST),
                    number(image, "Size"),
                    epochSeconds(image, "Created"),
                    stringMap(image, "Labels"),
                    containers == null ? -1 : containers.asInt()));
        }
        return images;
    }

    static ImageDetails toDetails(JsonNode image, String rawJson) {
        JsonNode config = at(image, "Config");
        return new ImageDetails(
                text(image, "Id"),
                strings(image, "RepoTags"),
                strings(image, "RepoDigests"),
                timestamp(image, "Created"),
                text(image, "Author"),
                text(image, "Architecture"),
                text(image, "Os"),
                number(image, "Size"),
                text(config, "User"),
                strings(config, "Env"),
                strings(config, "Cmd"),
                strings(config, "Entrypoint"),
                text(config, "WorkingDir"),
                keys(config, "ExposedPorts"),
                keys(config, "Volumes"),
                stringMap(config, "Labels"),
                strings(at(config, "Healthcheck"), "Test"),
                strings(at(image, "RootFS"), "Layers"),
                rawJson);
    }

    static List<ImageHistoryEntry> toHistory(JsonNode list) {
        List<ImageHistoryEntry> entries = new ArrayList<>(list.size());
        for (JsonNode step : list) {
            entries.add(new ImageHistoryEntry(
                    text(step, "Id"),
                    epochSeconds(step, "Created"),
                    text(step, "CreatedBy"),
                    number(step, "Size"),
                    text(step, "Comment"),
                    strings(step, "Tags")));
        }
        return entries;
    }

    /** Old daemons list untagged images with {@code <none>:<none>}; an empty list says the same. */
    private static List<String> withoutPlaceholder(List<String> values, String placeholder) {
        values.removeIf(placeholder::equals);
        return values;
    }
}
