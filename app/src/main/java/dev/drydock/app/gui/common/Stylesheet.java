package dev.drydock.app.gui.common;

import java.util.List;
import java.util.Objects;

/**
 * Drydock's own stylesheets, for the main scene and every dialog: the base sheet and one per big
 * part of the window (the Dockerfile editor, the findings panel), so each stays readable.
 */
public final class Stylesheet {

    private static final List<String> SHEETS = List.of("drydock.css", "editor.css", "findings.css", "scan.css", "vulndb.css",
            "seccomp.css");

    private Stylesheet() {
    }

    /** The URLs of all of Drydock's stylesheets, base sheet first. */
    public static List<String> urls() {
        return SHEETS.stream().map(Stylesheet::url).toList();
    }

    private static String url(String name) {
        return Objects.requireNonNull(Stylesheet.class.getResource("/dev/drydock/app/gui/" + name),
                name + " is missing from the app").toExternalForm();
    }
}
