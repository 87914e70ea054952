package dev.drydock.core.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.vuln.db.OsvBucket;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
 * @param suppressionFiles  the ignore files ({@code .trivyignore} format) and OpenVEX documents applied to
 *                          every scan's vulnerabilities (absolute paths, in the order chosen)
 * @param vulnerabilityDatabaseMaxAgeDays older than this many days, the vulnerability database is flagged
 *                          (at least 1; {@value #DEFAULT_DATABASE_MAX_AGE_DAYS} unless the user chose otherwise)
 * @param vulnerabilityDatabaseBaseUrl where database updates download OSV exports from (an http or https
 *                          address; OSV's public bucket unless the user chose otherwise)
 */
public record DrydockSettings(EndpointChoice endpoint, WindowSize window, String lastOpenedFolder,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> recentDockerfiles,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> dockerfileLinks,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> suppressionFiles,
                              int vulnerabilityDatabaseMaxAgeDays, String vulnerabilityDatabaseBaseUrl) {

    public static final int DEFAULT_DATABASE_MAX_AGE_DAYS = 7;

    public DrydockSettings {
        endpoint = endpoint == null ? EndpointChoice.automatic() : endpoint;
        recentDockerfiles = recentDockerfiles == null ? List.of()
                : recentDockerfiles.stream().filter(Objects::nonNull).toList();
        dockerfileLinks = dockerfileLinks == null ? Map.of() : sorted(dockerfileLinks);
        suppressionFiles = suppressionFiles == null ? List.of()
                : suppressionFiles.stream().filter(Objects::nonNull).distinct().toList();
        vulnerabilityDatabaseMaxAgeDays = vulnerabilityDatabaseMaxAgeDays < 1
                ? DEFAULT_DATABASE_MAX_AGE_DAYS : vulnerabilityDatabaseMaxAgeDays;
        vulnerabilityDatabaseBaseUrl = isWebAddress(vulnerabilityDatabaseBaseUrl)
                ? vulnerabilityDatabaseBaseUrl.strip() : OsvBucket.PUBLIC.toString();
    }

    public DrydockSettings(EndpointChoice endpoint, WindowSize window, String lastOpenedFolder,
                           List<String> recentDockerfiles, Map<String, String> dockerfileLinks) {
        this(endpoint, window, lastOpenedFolder, recentDockerfiles, dockerfileLinks, List.of(), 0, null);
    }

    public DrydockSettings(EndpointChoice endpoint, WindowSize window, String lastOpenedFolder) {
        this(endpoint, window, lastOpenedFolder, List.of(), Map.of());
    }

    public static DrydockSettings defaults() {
        return new DrydockSettings(EndpointChoice.automatic(), null, null, List.of(), Map.of());
    }

    /**
     * Whether {@code text} is an absolute {@code http} or {@code https} address with a host, as the
     * vulnerability database's base URL must be.
     */
    public static boolean isWebAddress(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public DrydockSettings withEndpoint(EndpointChoice choice) {
        return new DrydockSettings(choice, window, lastOpenedFolder, recentDockerfiles, dockerfileLinks,
                suppressionFiles, vulnerabilityDatabaseMaxAgeDays, vulnerabilityDatabaseBaseUrl);
    }

    public DrydockSettings withWindow(WindowSize size) {
        return new DrydockSettings(endpoint, size, lastOpenedFolder, recentDockerfiles, dockerfileLinks,
                suppressionFiles, vulnerabilityDatabaseMaxAgeDays, vulnerabilityDatabaseBaseUrl);
    }

    public DrydockSettings withLastOpenedFolder(String folder) {
        return new DrydockSettings(endpoint, window, folder, recentDockerfiles, dockerfileLinks,
                suppressionFiles, vulnerabilityDatabaseMaxAgeDays, vulnerabilityDatabaseBaseUrl);
    }

    public DrydockSettings withRecentDockerfiles(List<String> paths) {
        return new DrydockSettings(endpoint, window, lastOpenedFolder, paths, dockerfileLinks,
                suppressionFiles, vulnerabilityDatabaseMaxAgeDays, vulnerabilityDatabaseBaseUrl);
    }

    public DrydockSettings withDockerfileLinks(Map<String, String> links) {
        return new DrydockSettings(endpoint, window, lastOpenedFolder, recentDockerfiles, links,
                suppressionFiles, vulnerabilityDatabaseMaxAgeDays, vulnerabilityDatabaseBaseUrl);
    }

    /** These settings with {@code paths} as the suppression files applied to every scan. */
    public DrydockSettings withSuppressionFiles(List<String> paths) {
        return new DrydockSettings(endpoint, window, lastOpenedFolder, recentDockerfiles, dockerfileLinks,
                paths, vulnerabilityDatabaseMaxAgeDays, vulnerabilityDatabaseBaseUrl);
    }

    /** These settings with the vulnerability database's age limit and download address. */
    public DrydockSettings withVulnerabilityDatabase(int maxAgeDays, String baseUrl) {
        return new DrydockSettings(endpoint, window, lastOpenedFolder, recentDockerfiles, dockerfileLinks,
                suppressionFiles, maxAgeDays, baseUrl);
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
