package dev.drydock.app.gui.common;

import java.util.Objects;

/** Drydock's own stylesheet, for the main scene and every dialog. */
public final class Stylesheet {

    private Stylesheet() {
    }

    public static String url() {
        return Objects.requireNonNull(Stylesheet.class.getResource("/dev/drydock/app/gui/drydock.css"),
                "drydock.css is missing from the app").toExternalForm();
    }
}
