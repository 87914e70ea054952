package dev.drydock.app.cli;

import dev.drydock.core.daemon.DockerDaemon;

import java.util.Set;

/**
 * Shortens a command-line run by loading and initialising the daemon-access classes (endpoint
 * resolution, JSON, HTTP transport, TLS defaults) on a second thread while the main thread parses
 * the command line. It sends no request to any daemon and shares nothing with the command: the
 * command opens its own connection, it just finds those classes ready.
 */
final class CliWarmup {

    /** {@code containers} and {@code images} need no warm-up: {@link ListPrefetch} reads their answer meanwhile. */
    private static final Set<String> DAEMON_COMMANDS = Set.of("info");

    private CliWarmup() {
    }

    /** Starts warming up when {@code args} name a command that talks to a daemon. */
    static void startFor(String[] args) {
        for (String arg : args) {
            if (DAEMON_COMMANDS.contains(arg)) {
                Thread thread = new Thread(CliWarmup::warmUp, "drydock-warmup");
                thread.setDaemon(true);
                thread.start();
                return;
            }
        }
    }

    @SuppressWarnings("try") // the daemon connection is opened only to load its classes, then closed
    private static void warmUp() {
        try (DockerDaemon unused = DaemonAccess.open(DaemonAccess.resolve(null, null))) {
            JsonOutput.warmUp();
        } catch (Exception | LinkageError ignored) {
            // The command itself meets and reports any problem; warming up is only an optimisation.
        }
    }
}
