package dev.drydock.core.daemon.endpoint;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the machine Drydock looks at to find a daemon and its own files: environment
 * variables, the home folder, the operating system and the file system. Tests pass a fake one
 * whose absolute paths all live under a temporary folder.
 *
 * @param env    environment variables
 * @param home   the user's home folder as the operating system names it, e.g. {@code /home/alice}
 * @param osName the {@code os.name} system property, e.g. {@code Linux}, {@code Mac OS X}
 * @param root   where absolute paths are looked up; {@code null} for the real file system
 */
public record HostEnvironment(Map<String, String> env, String home, String osName, Path root) {

    public HostEnvironment {
        env = Map.copyOf(env);
    }

    /** This machine, as the running JVM sees it. */
    public static HostEnvironment current() {
        return new HostEnvironment(System.getenv(), System.getProperty("user.home"),
                System.getProperty("os.name"), null);
    }

    /** An environment variable, empty when unset or blank. */
    public Optional<String> variable(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public boolean windows() {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    public boolean macOs() {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.startsWith("mac") || os.startsWith("darwin");
    }

    /** A path inside the home folder, e.g. {@code homePath(".docker", "config.json")}. */
    public String homePath(String... parts) {
        return join(home, parts);
    }

    /** Joins path parts with this system's separator, e.g. {@code /home/alice} + {@code .docker}. */
    public String join(String base, String... parts) {
        String separator = windows() ? "\\" : "/";
        StringBuilder path = new StringBuilder(base);
        for (String part : parts) {
            if (path.length() > 0 && !path.toString().endsWith(separator) && !path.toString().endsWith("/")) {
                path.append(separator);
            }
            path.append(part);
        }
        return path.toString();
    }

    /**
     * Where a path as the user and the daemon name it ({@code /var/run/docker.sock}) is on the
     * file system Drydock reads. Identity on the real machine; under {@link #root()} in tests.
     */
    public Path locate(String path) {
        if (root == null) {
            return Path.of(path);
        }
        String relative = path.replace('\\', '/').replaceFirst("^[A-Za-z]:", "").replaceFirst("^/+", "");
        return root.resolve(relative);
    }

    /** {@link #locate(String)} for a path already held as a {@link Path}. */
    public Path locate(Path path) {
        return locate(path.toString());
    }
}
