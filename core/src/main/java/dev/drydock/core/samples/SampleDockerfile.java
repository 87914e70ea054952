package dev.drydock.core.samples;

import java.util.List;
import java.util.Objects;

/**
 * A Dockerfile bundled with Drydock for demonstrations: its title for a menu, a paragraph for the
 * trainer, the rule ids it is meant to show (empty for a clean example) and its text.
 */
public record SampleDockerfile(String id, String title, String description, List<String> demonstrates, String text) {

    public SampleDockerfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(text, "text");
        demonstrates = List.copyOf(demonstrates);
    }

    /** The name to show for an unsaved buffer opened from this sample, e.g. {@code classic-anti-patterns.Dockerfile}. */
    public String fileName() {
        return id + ".Dockerfile";
    }
}
