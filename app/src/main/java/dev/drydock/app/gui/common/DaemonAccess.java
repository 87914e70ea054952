package dev.drydock.app.gui.common;

import dev.drydock.core.daemon.DockerDaemon;

/**
 * The daemon connection commands go to, looked up when a command runs (on a worker thread), so a
 * switched endpoint is used at once. Throws {@code DaemonAccessException} when not connected.
 */
@FunctionalInterface
public interface DaemonAccess {

    DockerDaemon daemon();
}
