package dev.drydock.core.daemon.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The docker CLI's configuration folder ({@code $DOCKER_CONFIG}, default {@code ~/.docker}): the
 * current context in {@code config.json} and the context store under {@code contexts/}, where a
 * context lives in {@code contexts/meta/<sha256 of its name>/meta.json} and its TLS files in
 * {@code contexts/tls/<sha256>/docker/}.
 */
final class DockerContexts {

    /** The built-in context that means "DOCKER_HOST or the default socket". */
    static final String DEFAULT_CONTEXT = "default";

    /** Built on first use: creating a mapper costs tens of milliseconds, and most machines need none here. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private final HostEnvironment host;
    private final String configDir;

    DockerContexts(HostEnvironment host) {
        this.host = host;
        this.configDir = host.variable("DOCKER_CONFIG").orElseGet(() -> host.homePath(".docker"));
    }

    /** The folder, as the user names it. */
    String configDir() {
        return configDir;
    }

    String configFile() {
        return host.join(configDir, "config.json");
    }

    /** {@code currentContext} from {@code config.json}; empty when the file or the field is absent. */
    Optional<String> currentContext() throws EndpointException {
        Path file = host.locate(configFile());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode config = readJson(file, configFile(), "Docker configuration file");
        JsonNode current = config.path("currentContext");
        return current.isTextual() && !current.asText().isBlank() ? Optional.of(current.asText()) : Optional.empty();
    }

    /** The names of all contexts in the store, sorted; unreadable entries are left out. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        Path meta = host.locate(host.join(configDir, "contexts", "meta"));
        if (!Files.isDirectory(meta)) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(meta)) {
            for (Path entry : entries) {
                Path file = entry.resolve("meta.json");
                if (Files.isRegularFile(file)) {
                    try {
                        JsonNode name = readJson(file, file.toString(), "docker context").path("Name");
                        if (name.isTextual()) {
                            names.add(name.asText());
                        }
                    } catch (EndpointException unreadable) {
                        // A broken context is reported when the user picks it, not while listing.
                    }
                }
            }
        } catch (IOException unreadable) {
            return names;
        }
        names.sort(String::compareTo);
        return names;
    }

    /** The docker endpoint of a stored context (not {@value #DEFAULT_CONTEXT}). */
    DockerEndpoint endpoint(String name, String chosenBy) throws EndpointException {
        String id = storeId(name);
        String metaFile = host.join(configDir, "contexts", "meta", id, "meta.json");
        Path meta = host.locate(metaFile);
        if (!Files.isRegularFile(meta)) {
            throw new EndpointException("The docker context \"" + name + "\" (" + chosenBy + ") does not exist.",
                    "Run \"docker context ls\" to see the contexts there are, or choose another one in Drydock's "
                            + "connection settings.");
        }
        JsonNode docker = readJson(meta, metaFile, "docker context \"" + name + "\"").path("Endpoints").path("docker");
        JsonNode address = docker.path("Host");
        if (!address.isTextual() || address.asText().isBlank()) {
            throw new EndpointException("The docker context \"" + name + "\" has no Docker endpoint.",
                    "Check it with \"docker context inspect " + name + "\".");
        }
        String uri = DockerHostAddress.normalize(address.asText(), "docker context \"" + name + "\"");
        String tlsDir = host.join(configDir, "contexts", "tls", id, "docker");
        boolean hasTls = Files.isDirectory(host.locate(tlsDir));
        boolean skipVerify = docker.path("SkipTLSVerify").asBoolean(false);
        return new DockerEndpoint(uri, hasTls && !skipVerify, hasTls ? Path.of(tlsDir) : null, name, chosenBy);
    }

    /** The folder name the docker CLI gives a context: the SHA-256 of its name in hex. */
    static String storeId(String contextName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(contextName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private static JsonNode readJson(Path file, String shownAs, String what) throws EndpointException {
        try {
            JsonNode node = Mapper.JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new EndpointException("The " + what + " at " + shownAs + " is not a JSON object.",
                        "Fix or remove the file; the docker CLI rewrites it when needed.");
            }
            return node;
        } catch (JsonProcessingException malformed) {
            String line = malformed.getLocation() == null ? "" : "line " + malformed.getLocation().getLineNr() + ": ";
            throw new EndpointException("The " + what + " at " + shownAs + " is not valid JSON ("
                    + line + malformed.getOriginalMessage() + ").",
                    "Fix or remove the file; the docker CLI rewrites it when needed.", malformed);
        } catch (IOException unreadable) {
            throw new EndpointException("The " + what + " at " + shownAs + " cannot be read: " + unreadable.getMessage(),
                    "Check that the file is readable by your user.", unreadable);
        }
    }
}
