package dev.drydock.core.report;

/**
 * The Dockerfile instruction an image finding is traced to: the file as the user named it and the
 * 1-based line where the instruction starts.
 */
public record DockerfileLine(String file, int line) {

    /** {@code Dockerfile:12}. */
    public String text() {
        return file + ":" + line;
    }
}
