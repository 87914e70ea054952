package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerProcess;
import dev.drydock.core.daemon.ContainerDetails.ContainerConfig;
import dev.drydock.core.daemon.ContainerDetails.ContainerState;
import dev.drydock.core.daemon.ContainerDetails.HostSettings;
import dev.drydock.core.daemon.PortMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.drydock.core.docker.Json.at;
import static dev.drydock.core.docker.Json.flag;
import static dev.drydock.core.docker.Json.integer;
import static dev.drydock.core.docker.Json.keys;
import static dev.drydock.core.docker.Json.number;
import static dev.drydock.core.docker.Json.stringMap;
import static dev.drydock.core.docker.Json.strings;
import static dev.drydock.core.docker.Json.text;
import static dev.drydock.core.docker.Json.timestamp;

/** Maps {@code GET /containers/{id}/json} into {@link ContainerDetails}; times the daemon marks as "never" become null. */
final class ContainerInspectMapping {

    private ContainerInspectMapping() {
    }

    static ContainerDetails toDetails(JsonNode container, String rawJson) {
        JsonNode config = at(container, "Config");
        String name = text(container, "Name");
        return new ContainerDetails(
                text(container, "Id"),
                name.startsWith("/") ? name.substring(1) : name,
                text(config, "Image"),
                text(container, "Image"),
                timestamp(container, "Created"),
                text(container, "Path"),
                strings(container, "Args"),
                state(at(container, "State")),
                config(config),
                host(at(container, "HostConfig")),
                ContainerListMapping.mounts(at(container, "Mounts")),
                networks(at(at(container, "NetworkSettings"), "Networks")),
                rawJson,
                text(container, "AppArmorProfile"),
                text(container, "ProcessLabel"));
    }

    /** {@code GET /containers/{id}/top}: {@code Titles} (UID, PID, … CMD) and one row per process. */
    static List<ContainerProcess> toProcesses(JsonNode top) {
        List<String> titles = strings(top, "Titles");
        int pid = titles.indexOf("PID");
        int user = titles.contains("UID") ? titles.indexOf("UID") : titles.indexOf("USER");
        int command = titles.contains("CMD") ? titles.indexOf("CMD") : titles.indexOf("COMMAND");
        List<ContainerProcess> result = new ArrayList<>();
        JsonNode rows = at(top, "Processes");
        if (rows != null) {
            for (JsonNode row : rows) {
                result.add(new ContainerProcess(cell(row, pid), cell(row, user), cell(row, command)));
            }
        }
        return result;
    }

    private static String cell(JsonNode row, int index) {
        return index < 0 || index >= row.size() ? "" : row.get(index).asText();
    }

    private static ContainerState state(JsonNode state) {
        return new ContainerState(text(state, "Status"), flag(state, "Running"), flag(state, "Paused"),
                flag(state, "Restarting"), flag(state, "OOMKilled"), flag(state, "Dead"), number(state, "Pid"),
                integer(state, "ExitCode"), text(state, "Error"), timestamp(state, "StartedAt"),
                timestamp(state, "FinishedAt"), text(at(state, "Health"), "Status"));
    }

    private static ContainerConfig config(JsonNode config) {
        return new ContainerConfig(text(config, "Hostname"), text(config, "User"), strings(config, "Env"),
                strings(config, "Cmd"), strings(config, "Entrypoint"), text(config, "WorkingDir"),
                keys(config, "ExposedPorts"), stringMap(config, "Labels"),
                strings(at(config, "Healthcheck"), "Test"), flag(config, "Tty"), flag(config, "OpenStdin"));
    }

    private static HostSettings host(JsonNode host) {
        return new HostSettings(flag(host, "Privileged"), strings(host, "CapAdd"), strings(host, "CapDrop"),
                flag(host, "ReadonlyRootfs"), strings(host, "SecurityOpt"), text(host, "NetworkMode"),
                text(host, "PidMode"), text(host, "IpcMode"), text(host, "UTSMode"), text(host, "UsernsMode"),
                text(host, "CgroupnsMode"), number(host, "Memory"), number(host, "NanoCpus"),
                number(host, "CpuShares"), number(host, "PidsLimit"), restartPolicy(at(host, "RestartPolicy")),
                devices(at(host, "Devices")), portBindings(at(host, "PortBindings")), strings(host, "Binds"),
                text(host, "Runtime"), text(at(host, "LogConfig"), "Type"), ulimits(at(host, "Ulimits")),
                text(host, "CgroupParent"), flag(host, "Init"), strings(host, "MaskedPaths"),
                strings(host, "ReadonlyPaths"));
    }

    /** As {@code docker run --ulimit} writes them: {@code nofile=1024:2048}. */
    private static List<String> ulimits(JsonNode ulimits) {
        List<String> result = new ArrayList<>();
        if (ulimits != null) {
            for (JsonNode ulimit : ulimits) {
                result.add(text(ulimit, "Name") + "=" + number(ulimit, "Soft") + ":" + number(ulimit, "Hard"));
            }
        }
        return result;
    }

    /** {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure} or {@code on-failure:5}. */
    private static String restartPolicy(JsonNode policy) {
        String name = text(policy, "Name");
        if (name.isEmpty()) {
            return "no";
        }
        long retries = number(policy, "MaximumRetryCount");
        return "on-failure".equals(name) && retries > 0 ? name + ":" + retries : name;
    }

    /** As {@code docker run --device} writes them: {@code /dev/fuse:/dev/fuse:rwm}. */
    private static List<String> devices(JsonNode devices) {
        List<String> result = new ArrayList<>();
        if (devices != null) {
            for (JsonNode device : devices) {
                result.add(text(device, "PathOnHost") + ":" + text(device, "PathInContainer") + ":"
                        + text(device, "CgroupPermissions"));
            }
        }
        return result;
    }

    /** {@code {"80/tcp":[{"HostIp":"","HostPort":"8080"}]}}; an empty host port means "any free port" (0). */
    private static List<PortMapping> portBindings(JsonNode bindings) {
        List<PortMapping> result = new ArrayList<>();
        if (bindings == null) {
            return result;
        }
        bindings.properties().forEach(entry -> {
            String[] port = entry.getKey().split("/", 2);
            int inside = parsePort(port[0]);
            String protocol = port.length > 1 ? port[1] : "tcp";
            JsonNode hosts = entry.getValue();
            if (hosts == null || hosts.isNull() || hosts.isEmpty()) {
                result.add(new PortMapping(inside, 0, "", protocol));
                return;
            }
            for (JsonNode host : hosts) {
                result.add(new PortMapping(inside, parsePort(text(host, "HostPort")), text(host, "HostIp"), protocol));
            }
        });
        return result;
    }

    /** Network name → the container's IPv4 address in it (empty when it has none, e.g. stopped). */
    private static Map<String, String> networks(JsonNode networks) {
        Map<String, String> result = new LinkedHashMap<>();
        if (networks != null) {
            networks.properties().forEach(e -> result.put(e.getKey(), text(e.getValue(), "IPAddress")));
        }
        return result;
    }

    private static int parsePort(String text) {
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text.contains("-") ? text.substring(0, text.indexOf('-')) : text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
