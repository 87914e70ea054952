package dev.drydock.app.cli;

import dev.drydock.core.daemon.endpoint.HostEnvironment;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command reads from its process besides the arguments: standard input, the environment
 * variables, the working folder, and whether the output goes to a terminal. Tests give their own, so
 * nothing depends on how the JVM was started.
 */
record CliEnvironment(InputStream stdin, Map<String, String> variables, Path workingDir, boolean terminal) {

    CliEnvironment {
        Objects.requireNonNull(stdin, "stdin");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(workingDir, "workingDir");
    }

    static CliEnvironment system() {
        return new CliEnvironment(System.in, System.getenv(), Path.of("").toAbsolutePath(), System.console() != null);
    }

    /** This run's environment variables on this machine, for finding the user's data and cache folders. */
    HostEnvironment host() {
        return new HostEnvironment(variables, System.getProperty("user.home"), System.getProperty("os.name"), null);
    }

    /** A path as the user wrote it, relative to the working folder. */
    Path resolve(String path) {
        return workingDir.resolve(path);
    }
}
