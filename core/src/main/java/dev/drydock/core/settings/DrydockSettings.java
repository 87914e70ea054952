package dev.drydock.core.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.drydock.core.daemon.endpoint.EndpointChoice;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What Drydock remembers between runs. Every field has a default, so a settings file written by
 * an older or newer Drydock still loads.
 *
 * @param endpoint          which daemon to connect to; automatic unless the user picked one
 * @param window            the main window's size, null until the window was first closed
 * @param lastOpenedFolder  the folder the last file was opened from, null when none
 * @param recentDockerfiles the Dockerfiles opened lately, most recent first (absolute paths)
 * @param dockerfileLinks   which Dockerfile builds an image: image repository or id → Dockerfile path
 */
public record DrydockSettings(EndpointChoice endpoint, WindowSize window, String lastOpenedFolder,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> recentDockerfiles,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> dockerfileLinks) {

    public DrydockSettings {
        endpoint = endpoint == null ? EndpointChoice.automatic() : endpoint;
        recentDockerfiles = recentDockerfiles == null ? List.of()
                : recentDockerfiles.stream().filter(Objects::nonNull).toList();
        dockerfileLinks = dockerfileLinks == null ? Map.of() : sorted(dockerfileLinks);
    }

    public DrydockSettings(EndpointChoice endpoint, WindowSize window, String lastOpenedFolder) {
        this(endpoint, window, lastOpenedFolder, List.of(), Map.of());
    }

    public static DrydockSettings defaults() {
        return new DrydockSettings(EndpointChoice.automatic(), null, null, List.of(), Map.of());
    }

    public DrydockSettings withEndpoint(EndpointChoice choice) {
        return new DrydockSettings(choice, window, lastOpenedFolder, recentDockerfiles, dockerfileLinks);
    }

    public DrydockSettings withWindow(WindowSize size) {
        return new DrydockSettings(endpoint, size, lastOpenedFolder, recentDockerfiles, dockerfileLinks);
    }

    public DrydockSettings withLastOpenedFolder(String folder) {
        return new DrydockSettings(endpoint, window, folder, recentDockerfiles, dockerfileLinks);
    }

    public DrydockSettings withRecentDockerfiles(List<String> paths) {
        return new DrydockSettings(endpoint, window, lastOpenedFolder, paths, dockerfileLinks);
    }

    public DrydockSettings withDockerfileLinks(Map<String, String> links) {
        return new DrydockSettings(endpoint, window, lastOpenedFolder, recentDockerfiles, links);
    }

    /** These settings with {@code image} linked to {@code dockerfile}, or unlinked when it is null. */
    public DrydockSettings withDockerfileLink(String image, String dockerfile) {
        Map<String, String> links = new TreeMap<>(dockerfileLinks);
        if (dockerfile == null) {
            links.remove(image);
        } else {
            links.put(image, dockerfile);
        }
        return withDockerfileLinks(links);
    }

    private static Map<String, String> sorted(Map<String, String> links) {
        Map<String, String> copy = new TreeMap<>();
        links.forEach((image, path) -> {
            if (image != null && path != null) {
                copy.put(image, path);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    /** The main window's size in screen pixels and whether it was maximized. */
    public record WindowSize(double width, double height, boolean maximized) {
    }
}
