package dev.drydock.app.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A folder to run {@code drydock lint} and {@code fix} in, in-process: its own working folder (a
 * repository root, so no config file above it is found), no user config, and a {@code PATH} with or
 * without the real {@code shellcheck}.
 */
final class LintWorkspace {

    /** Dockerfile with a DD4000 (MAINTAINER, error) on line 2 and a DD3027 (apt, warning) on line 3, both fixable. */
    /** A base image pinned by tag and digest: no finding about the FROM line. */
    static final String PINNED_FROM = "FROM busybox:1.36@sha256:" + "a".repeat(64) + "\n";

    /** What keeps the other rules quiet at the end of a file: a non-root user and a health check. */
    static final String QUIET_END = "USER 65534\nHEALTHCHECK NONE\n";

    /** A Dockerfile without findings. */
    static final String CLEAN = PINNED_FROM + QUIET_END;

    /** Fixable findings of DD4000 (line 2) and DD3027 (line 3) and nothing else: pinned, non-root, health check set. */
    static final String FIXABLE = "FROM busybox:1.36@sha256:" + "a".repeat(64) + "\nMAINTAINER someone@example.com\n"
            + "RUN apt install -y --no-install-recommends curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*\n"
            + "USER 65534\nHEALTHCHECK NONE\n";
    /** Only a DD3027 warning. */
    /** One fixable DD3027 finding (line 2) and nothing else. */
    static final String APT_ONLY = "FROM busybox:1.36@sha256:" + "a".repeat(64) + "\n"
            + "RUN apt install -y --no-install-recommends curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*\n"
            + "USER 65534\nHEALTHCHECK NONE\n";

    private final Path dir;
    private final boolean withShellCheck;

    private LintWorkspace(Path dir, boolean withShellCheck) {
        this.dir = dir;
        this.withShellCheck = withShellCheck;
    }

    /** A workspace whose PATH has no shellcheck. */
    static LintWorkspace in(Path dir) {
        return create(dir, false);
    }

    /** A workspace whose PATH is this process's, shellcheck included. */
    static LintWorkspace withShellCheck(Path dir) {
        return create(dir, true);
    }

    private static LintWorkspace create(Path dir, boolean withShellCheck) {
        try {
            Files.createDirectories(dir.resolve(".git"));
            Files.createDirectories(dir.resolve("xdg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LintWorkspace(dir, withShellCheck);
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    CliRun run(String... args) {
        return runWithInput("", args);
    }

    CliRun runWithInput(String stdin, String... args) {
        Map<String, String> variables = new HashMap<>();
        variables.put("HOME", dir.toString());
        variables.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        variables.put("PATH", withShellCheck ? System.getenv("PATH") : dir.resolve("no-such-bin").toString());
        CliEnvironment environment = new CliEnvironment(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), variables, dir, false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DrydockCli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
