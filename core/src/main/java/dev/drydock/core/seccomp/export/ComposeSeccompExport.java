package dev.drydock.core.seccomp.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Compose service that runs under a profile file: {@code security_opt: ["seccomp=./profile.json"]},
 * after a comment saying where the path is read from. Merge the service's {@code security_opt} into the
 * real service of the same name.
 */
public final class ComposeSeccompExport {
    private ComposeSeccompExport() {
    }

    /** {@code seccomp=PATH}, a relative path written with a leading {@code ./} as Compose files usually do. */
    public static String securityOpt(String profilePath) {
        return "seccomp=" + relativeLooking(profilePath);
    }

    /** The snippet: a comment, then {@code services: SERVICE: security_opt: [seccomp=PATH]}. */
    public static String render(String service, String profilePath) {
        String path = relativeLooking(profilePath);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("security_opt", List.of(securityOpt(path)));
        Map<String, Object> services = new LinkedHashMap<>();
        services.put(service, body);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("services", services);
        String note = ExportNotes.read("compose-note.txt", Map.of("path", path, "service", service));
        return ExportNotes.asYamlComment(note) + SnippetYaml.write(file);
    }

    static String relativeLooking(String path) {
        String unix = path.replace('\\', '/');
        boolean absolute = unix.startsWith("/") || unix.matches("[A-Za-z]:/.*");
        return absolute || unix.startsWith("./") || unix.startsWith("../") ? unix : "./" + unix;
    }
}
