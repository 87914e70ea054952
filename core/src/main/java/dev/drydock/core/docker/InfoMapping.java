package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.daemon.DaemonInfo;

import java.util.ArrayList;
import java.util.List;

import static dev.drydock.core.docker.Json.at;
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
                text(info, "DockerRootDir"),
                componentVersion(version, "containerd"),
                componentVersion(version, "runc"),
                flag(info, "LiveRestoreEnabled"),
                insecureRegistries(at(info, "RegistryConfig")),
                flag(info, "ExperimentalBuild"));
    }

    /** The version of one entry of {@code /version} Components, empty when the daemon leaves it out. */
    static String componentVersion(JsonNode version, String name) {
        JsonNode components = at(version, "Components");
        if (components != null && components.isArray()) {
            for (JsonNode component : components) {
                if (name.equalsIgnoreCase(text(component, "Name"))) {
                    return text(component, "Version");
                }
            }
        }
        return "";
    }

    /** Insecure registry CIDRs plus the registries whose index config says {@code Secure: false}. */
    static List<String> insecureRegistries(JsonNode registryConfig) {
        List<String> result = new ArrayList<>(strings(registryConfig, "InsecureRegistryCIDRs"));
        JsonNode indexConfigs = at(registryConfig, "IndexConfigs");
        if (indexConfigs != null && indexConfigs.isObject()) {
            indexConfigs.properties().forEach(entry -> {
                JsonNode secure = at(entry.getValue(), "Secure");
                if (secure != null && !secure.asBoolean() && !result.contains(entry.getKey())) {
                    result.add(entry.getKey());
                }
            });
        }
        return result;
    }
}
