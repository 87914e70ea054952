package dev.drydock.core.audit.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The TLS files the local daemon was told to use: {@code --tlscacert}, {@code --tlscert}, {@code --tlskey}
 * on a running {@code dockerd}'s command line ({@code /proc/<pid>/cmdline}), else the same keys in
 * {@code /etc/docker/daemon.json}.
 */
final class DaemonTlsFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> commandLine;
    private final JsonNode daemonJson;

    private DaemonTlsFiles(List<String> commandLine, JsonNode daemonJson) {
        this.commandLine = commandLine;
        this.daemonJson = daemonJson;
    }

    static DaemonTlsFiles read(Path root) {
        return new DaemonTlsFiles(dockerdCommandLine(root.resolve("proc")), daemonJson(root.resolve("etc/docker/daemon.json")));
    }

    /** The path given for {@code option} (e.g. {@code tlscacert}), if the daemon was given one. */
    Optional<String> path(String option) {
        String flag = "--" + option;
        for (int i = 0; i < commandLine.size(); i++) {
            String argument = commandLine.get(i);
            if (argument.startsWith(flag + "=")) {
                return Optional.of(argument.substring(flag.length() + 1));
            }
            if (argument.equals(flag) && i + 1 < commandLine.size()) {
                return Optional.of(commandLine.get(i + 1));
            }
        }
        JsonNode value = daemonJson.path(option);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static List<String> dockerdCommandLine(Path proc) {
        if (!Files.isDirectory(proc)) {
            return List.of();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, entry -> isNumber(entry.getFileName().toString()))) {
            for (Path process : processes) {
                if (readQuietly(process.resolve("comm")).strip().equals("dockerd")) {
                    return List.of(readQuietly(process.resolve("cmdline")).split("\0"));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.of();
    }

    private static JsonNode daemonJson(Path file) {
        try {
            return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.missingNode();
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a process that ended while we looked, or one we may not read
            return "";
        }
    }

    private static boolean isNumber(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
