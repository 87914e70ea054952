package dev.drydock.core.seccomp.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A Kubernetes {@code securityContext} whose {@code seccompProfile} is type {@code Localhost}, with a
 * comment saying where the file must be on every node: the kubelet reads {@code localhostProfile}
 * relative to {@code <kubelet root>/seccomp/} ({@code /var/lib/kubelet/seccomp/} by default), and Drydock
 * puts its profiles in the {@code profiles/} folder there, as Kubernetes' own documentation does.
 */
public final class KubernetesSeccompExport {
    /** The kubelet's root folder unless its {@code --root-dir} says otherwise. */
    public static final String DEFAULT_KUBELET_ROOT = "/var/lib/kubelet";

    private KubernetesSeccompExport() {
    }

    /** {@code profiles/NAME.json}: the value of {@code localhostProfile}. */
    public static String localhostProfile(String name) {
        return "profiles/" + checkedName(name) + ".json";
    }

    /** Where the file must be on each node, e.g. {@code /var/lib/kubelet/seccomp/profiles/NAME.json}. */
    public static String nodePath(String name, String kubeletRoot) {
        String root = kubeletRoot.endsWith("/") ? kubeletRoot.substring(0, kubeletRoot.length() - 1) : kubeletRoot;
        return root + "/seccomp/" + localhostProfile(name);
    }

    /**
     * A profile name from a file name: {@code web-profile.json} gives {@code web-profile}; characters other
     * than letters, digits, dots, dashes and underscores become dashes.
     */
    public static String nameOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        name = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "");
        return name.isEmpty() ? "profile" : name;
    }

    /** The snippet: a comment with the node path, then {@code securityContext: seccompProfile: …}. */
    public static String render(String name) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("type", "Localhost");
        profile.put("localhostProfile", localhostProfile(name));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("seccompProfile", profile);
        Map<String, Object> snippet = new LinkedHashMap<>();
        snippet.put("securityContext", context);
        String note = ExportNotes.read("kubernetes-note.txt", Map.of("name", name,
                "nodePath", nodePath(name, DEFAULT_KUBELET_ROOT), "localhostProfile", localhostProfile(name)));
        return ExportNotes.asYamlComment(note) + SnippetYaml.write(snippet);
    }

    /**
     * The name, when it can be a file name on the node.
     *
     * @throws IllegalArgumentException with a message for users when it cannot
     */
    public static String checkedName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*") || name.length() > 200) {
            throw new IllegalArgumentException("The profile name '" + name + "' cannot be a file name on the nodes: "
                    + "use letters, digits, dots, dashes and underscores (e.g. web-app).");
        }
        return name;
    }
}
