package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;
import dev.drydock.core.seccomp.export.KubernetesSeccompExport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the hardened settings as a Kubernetes Pod with one container: the security context
 * (runAsNonRoot, runAsUser, allowPrivilegeEscalation, capabilities, readOnlyRootFilesystem,
 * seccompProfile), memory limit, and an {@code emptyDir} for each written path. Kubernetes sets the
 * process limit per node, not per Pod, so {@code --pids-limit} has no counterpart here.
 */
public final class KubernetesPodRenderer {

    public String render(HardenedRunConfig config) {
        RunSettings settings = config.settings();
        String name = dnsName(config.containerName());
        List<Map<String, Object>> volumes = new ArrayList<>();
        List<Map<String, Object>> volumeMounts = new ArrayList<>();
        for (String path : settings.tmpfs()) {
            String volume = dnsName("writable-" + path);
            volumes.add(map("name", volume, "emptyDir", map("medium", "Memory")));
            volumeMounts.add(map("name", volume, "mountPath", path));
        }
        int index = 0;
        for (MountInfo mount : settings.mounts()) {
            String volume = "mount-" + index++;
            volumes.add("volume".equals(mount.type())
                    ? map("name", volume, "persistentVolumeClaim", map("claimName", dnsName(mount.name())))
                    : map("name", volume, "hostPath", map("path", mount.source())));
            volumeMounts.add(map("name", volume, "mountPath", mount.destination(), "readOnly", !mount.readWrite()));
        }
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", name);
        container.put("image", settings.image());
        if (!settings.entrypoint().isEmpty()) {
            container.put("command", settings.entrypoint());
        }
        if (!settings.command().isEmpty()) {
            container.put("args", settings.command());
        }
        if (!settings.ports().isEmpty()) {
            container.put("ports", settings.ports().stream().map(KubernetesPodRenderer::port).toList());
        }
        container.put("securityContext", containerSecurity(settings));
        if (settings.memoryBytes() > 0) {
            container.put("resources", map("limits", map("memory", ByteSizes.kubernetes(settings.memoryBytes()))));
        }
        if (!volumeMounts.isEmpty()) {
            container.put("volumeMounts", volumeMounts);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        putIfHost(spec, "hostNetwork", settings.networkMode());
        putIfHost(spec, "hostPID", settings.pidMode());
        putIfHost(spec, "hostIPC", settings.ipcMode());
        spec.put("securityContext", podSecurity(settings));
        spec.put("containers", List.of(container));
        if (!volumes.isEmpty()) {
            spec.put("volumes", volumes);
        }
        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("apiVersion", "v1");
        pod.put("kind", "Pod");
        pod.put("metadata", map("name", name));
        pod.put("spec", spec);
        return config.seccomp().map(KubernetesPodRenderer::seccompNote).orElse("") + YamlWriting.write(pod);
    }

    /** Where the profile file must be on the nodes, as YAML comment lines. */
    private static String seccompNote(SeccompProfileChoice profile) {
        String name = profile.kubernetesName();
        return "# The seccomp profile " + profile.path() + " must be on every node at <kubelet root>/seccomp/"
                + KubernetesSeccompExport.localhostProfile(name) + "\n# ("
                + KubernetesSeccompExport.nodePath(name, KubernetesSeccompExport.DEFAULT_KUBELET_ROOT)
                + " with the default kubelet root), or the Pod does not start.\n";
    }

    private static Map<String, Object> podSecurity(RunSettings settings) {
        Map<String, Object> security = new LinkedHashMap<>();
        String user = settings.user();
        String uid = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        String gid = user.contains(":") ? user.substring(user.indexOf(':') + 1) : "";
        boolean root = uid.isBlank() || uid.equals("0") || uid.equalsIgnoreCase("root");
        security.put("runAsNonRoot", !root);
        if (uid.matches("\\d+")) {
            security.put("runAsUser", Long.parseLong(uid));
        }
        if (gid.matches("\\d+")) {
            security.put("runAsGroup", Long.parseLong(gid));
        }
        boolean unconfined = settings.securityOpt().stream()
                .anyMatch(option -> option.replace(" ", "").matches("seccomp[=:]unconfined"));
        if (!settings.seccompProfile().isEmpty()) {
            String name = KubernetesSeccompExport.nameOf(Path.of(settings.seccompProfile()));
            security.put("seccompProfile", map("type", "Localhost",
                    "localhostProfile", KubernetesSeccompExport.localhostProfile(name)));
        } else {
            security.put("seccompProfile", map("type", unconfined ? "Unconfined" : "RuntimeDefault"));
        }
        return security;
    }

    private static Map<String, Object> containerSecurity(RunSettings settings) {
        Map<String, Object> security = new LinkedHashMap<>();
        security.put("privileged", settings.privileged());
        security.put("allowPrivilegeEscalation", !settings.securityOpt().contains("no-new-privileges"));
        security.put("readOnlyRootFilesystem", settings.readOnlyRootfs());
        Map<String, Object> capabilities = new LinkedHashMap<>();
        if (!settings.capDrop().isEmpty()) {
            capabilities.put("drop", settings.capDrop());
        }
        if (!settings.capAdd().isEmpty()) {
            capabilities.put("add", settings.capAdd());
        }
        if (!capabilities.isEmpty()) {
            security.put("capabilities", capabilities);
        }
        return security;
    }

    private static Map<String, Object> port(PortMapping port) {
        return map("containerPort", port.privatePort(), "protocol", port.protocol().toUpperCase(Locale.ROOT));
    }

    private static void putIfHost(Map<String, Object> spec, String key, String mode) {
        if ("host".equals(mode)) {
            spec.put(key, true);
        }
    }

    /** A name Kubernetes accepts: lower case letters, digits and dashes, at most 63 characters. */
    static String dnsName(String text) {
        String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        name = name.isEmpty() ? "x" : name;
        return name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
