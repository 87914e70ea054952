package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.core.fix.Fix;

import java.nio.file.Path;

/**
 * Opens a Dockerfile in the Dockerfile editor with a fix applied as an unsaved change (one undo step), for
 * the user to review and save. Never writes the file.
 */
@FunctionalInterface
public interface DockerfileFixOpener {

    void openWithFix(Path dockerfile, Fix fix);
}
