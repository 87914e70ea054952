package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.daemon.DaemonInfo;

import java.util.List;

import static dev.drydock.core.docker.Json.flag;
import static dev.drydock.core.docker.Json.integer;
import static dev.drydock.core.docker.Json.keys;
import static dev.drydock.core.docker.Json.number;
import static dev.drydock.core.docker.Json.strings;
import static dev.drydock.core.docker.Json.text;

/** Maps the answers of {@code GET /version} and {@code GET /info} into {@link DaemonInfo}. */
final class InfoMapping {

    private InfoMapping() {
    }

    static DaemonInfo toInfo(JsonNode version, JsonNode info, ApiVersion used) {
        List<String> securityOptions = strings(info, "SecurityOptions");
        List<String> runtimes = keys(info, "Runtimes").stream().sorted().toList();
        boolean rootless = securityOptions.stream().anyMatch(o -> o.equals("name=rootless") || o.equals("rootless"));
        String serverVersion = text(info, "ServerVersion");
        return new DaemonInfo(
                serverVersion.isEmpty() ? text(version, "Version") : serverVersion,
                text(version, "ApiVersion"),
                text(version, "MinAPIVersion"),
                used.toString(),
                text(info, "OperatingSystem"),
                text(info, "OSType"),
                text(info, "KernelVersion"),
                text(info, "Architecture"),
                text(info, "Driver"),
                text(info, "LoggingDriver"),
                text(info, "CgroupDriver"),
                text(info, "CgroupVersion"),
                securityOptions,
                runtimes,
                text(info, "DefaultRuntime"),
                rootless || flag(info, "Rootless"),
                integer(info, "Images"),
                integer(info, "Containers"),
                integer(info, "ContainersRunning"),
                integer(info, "ContainersPaused"),
                integer(info, "ContainersStopped"),
                text(info, "Name"),
                integer(info, "NCPU"),
                number(info, "MemTotal"),
                text(info, "DockerRootDir"));
    }
}
