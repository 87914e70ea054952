package dev.drydock.core.seccomp.export;

import dev.drydock.core.seccomp.profile.SeccompProfile;

/**
 * One entry point for every export format, for the CLI and the GUI alike.
 *
 * @param profile     the profile (written out by {@link SeccompExportFormat#JSON})
 * @param profilePath the profile file as the snippets name it, e.g. {@code ./profile.json}
 * @param name        the profile's name: the Compose service and the Kubernetes file name
 */
public record SeccompSnippets(SeccompProfile profile, String profilePath, String name) {

    /** The text of one format. */
    public String render(SeccompExportFormat format) {
        return switch (format) {
            case JSON -> ProfileJsonExport.render(profile);
            case RUN -> DockerRunSeccompExport.render(profilePath, "IMAGE");
            case COMPOSE -> ComposeSeccompExport.render(name, profilePath);
            case KUBERNETES -> KubernetesSeccompExport.render(name);
        };
    }

    /** The file name a saved snippet gets by default, e.g. {@code web-seccomp.compose.yaml}. */
    public String suggestedFileName(SeccompExportFormat format) {
        return switch (format) {
            case JSON -> name + ".json";
            case RUN -> name + "-docker-run.sh";
            case COMPOSE -> name + "-seccomp.compose.yaml";
            case KUBERNETES -> name + "-seccomp.k8s.yaml";
        };
    }
}
