package dev.drydock.app.gui.dockerfiles;

import java.nio.file.Path;
import java.util.Optional;

/** The file choosers the Dockerfiles page needs; the window shows real ones, tests answer in code. */
public interface DockerfileChoosers {

    /** A Dockerfile to open; empty when cancelled. */
    Optional<Path> chooseDockerfile();

    /** Where to write an exported hardened Dockerfile; empty when cancelled. */
    Optional<Path> chooseExportTarget(String suggestedName);
}
