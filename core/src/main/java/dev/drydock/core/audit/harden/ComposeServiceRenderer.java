package dev.drydock.core.audit.harden;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the hardened settings as a Compose file with one service, named after the container. */
public final class ComposeServiceRenderer {

    public String render(HardenedRunConfig config) {
        RunSettings settings = config.settings();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("image", settings.image());
        if (!settings.entrypoint().isEmpty()) {
            service.put("entrypoint", settings.entrypoint());
        }
        if (!settings.command().isEmpty()) {
            service.put("command", settings.command());
        }
        if (!settings.user().isBlank()) {
            service.put("user", settings.user());
        }
        if (settings.privileged()) {
            service.put("privileged", true);
        }
        if (RunSettings.ownNetwork(settings.networkMode())) {
            service.put("network_mode", settings.networkMode());
        }
        putIfHost(service, "pid", settings.pidMode());
        putIfHost(service, "ipc", settings.ipcMode());
        putIfHost(service, "uts", settings.utsMode());
        putIfHost(service, "userns_mode", settings.userNsMode());
        putIfAny(service, "cap_drop", settings.capDrop());
        putIfAny(service, "cap_add", settings.capAdd());
        putIfAny(service, "security_opt", settings.securityOpt());
        if (settings.readOnlyRootfs()) {
            service.put("read_only", true);
        }
        putIfAny(service, "tmpfs", settings.tmpfs());
        if (settings.memoryBytes() > 0) {
            service.put("mem_limit", ByteSizes.docker(settings.memoryBytes()));
        }
        if (settings.pidsLimit() > 0) {
            service.put("pids_limit", settings.pidsLimit());
        }
        putIfAny(service, "ports", settings.ports().stream().map(DockerRunRenderer::publish).toList());
        putIfAny(service, "volumes", settings.mounts().stream().map(DockerRunRenderer::volume).toList());
        Map<String, Object> services = new LinkedHashMap<>();
        services.put(config.containerName(), service);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("services", services);
        return YamlWriting.write(file);
    }

    private static void putIfHost(Map<String, Object> service, String key, String mode) {
        if ("host".equals(mode)) {
            service.put(key, mode);
        }
    }

    private static void putIfAny(Map<String, Object> service, String key, List<String> values) {
        if (!values.isEmpty()) {
            service.put(key, values);
        }
    }
}
