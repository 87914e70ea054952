package dev.drydock.core.daemon;

import java.util.Locale;

/**
 * Recognises Docker Desktop, whose daemon runs in its own Linux VM (on macOS, Windows and Linux alike):
 * the host's files and security modules are not the daemon's.
 */
public final class DockerDesktop {

    private DockerDesktop() {
    }

    /** True when the daemon reports Docker Desktop as its operating system (it does, e.g. "Docker Desktop"). */
    public static boolean runs(DaemonInfo info) {
        return info.operatingSystem() != null
                && info.operatingSystem().toLowerCase(Locale.ROOT).contains("docker desktop");
    }
}
