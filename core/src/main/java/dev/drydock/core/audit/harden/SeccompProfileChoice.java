package dev.drydock.core.audit.harden;

import dev.drydock.core.seccomp.export.KubernetesSeccompExport;
import dev.drydock.core.seccomp.export.ProfileJsonExport;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.json.SeccompReadException;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The seccomp profile file a hardened container runs under instead of the runtime default: named by its
 * path in the {@code docker run} and Compose outputs ({@code seccomp=PATH}) and by its file name in the
 * Kubernetes one ({@code Localhost}, {@code profiles/NAME.json}); its text goes inline to the daemon when
 * the container is recreated, as the Docker API wants it.
 *
 * @param path the file as the outputs name it, e.g. {@code ./web.json}
 * @param json the profile's compact JSON
 */
public record SeccompProfileChoice(String path, String json) {

    public SeccompProfileChoice {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(json, "json");
        if (path.isBlank()) {
            throw new IllegalArgumentException("a seccomp profile needs a path");
        }
    }

    /**
     * Reads the profile file {@code file}, to be named {@code pathAsWritten} in the outputs.
     *
     * @throws SeccompReadException when the file is missing, unreadable or not a profile (the message says which)
     */
    public static SeccompProfileChoice read(Path file, String pathAsWritten) throws SeccompReadException {
        return new SeccompProfileChoice(pathAsWritten,
                ProfileJsonExport.compact(SeccompProfileReader.readFile(file).profile()));
    }

    /** {@code seccomp=PATH}, for {@code docker run} and Compose. */
    public String securityOpt() {
        return "seccomp=" + path;
    }

    /** The Kubernetes profile name: the file name without {@code .json}. */
    public String kubernetesName() {
        return KubernetesSeccompExport.nameOf(Path.of(path));
    }
}
