package dev.drydock.core.seccomp.export;

import java.util.List;

/** The {@code docker run} option that applies a profile file: {@code --security-opt seccomp=FILE}. */
public final class DockerRunSeccompExport {
    private DockerRunSeccompExport() {
    }

    /** The option as words: {@code [--security-opt, seccomp=FILE]}. */
    public static List<String> words(String profilePath) {
        return List.of("--security-opt", "seccomp=" + profilePath);
    }

    /** An example command line for {@code image}, the file name shell-quoted when it needs it. */
    public static String render(String profilePath, String image) {
        return "docker run --security-opt " + quote("seccomp=" + profilePath) + " " + quote(image) + "\n";
    }

    private static String quote(String word) {
        if (word.matches("[A-Za-z0-9_./=:@%+,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
