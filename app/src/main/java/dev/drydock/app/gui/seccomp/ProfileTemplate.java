package dev.drydock.app.gui.seccomp;

import dev.drydock.core.seccomp.templates.SeccompTemplates;

/** The templates a new profile can start from. */
public enum ProfileTemplate {
    BASELINE("Baseline (like Docker's default)", "baseline"),
    STRICT("Strict (simple services)", "strict");

    private final String title;
    private final String id;

    ProfileTemplate(String title, String id) {
        this.title = title;
        this.id = id;
    }

    public String title() {
        return title;
    }

    /** {@code baseline} or {@code strict}: the template's file name without {@code .json}. */
    public String id() {
        return id;
    }

    /** The template's text as shipped. */
    public String text() {
        return SeccompTemplates.text(id + ".json");
    }
}
