package dev.drydock.app.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A Dockerfile given on the command line: its name as the user wrote it ({@code -} for standard
 * input), where it is (none for standard input) and its text.
 */
record DockerfileInput(String name, Path path, String text) {

    static final String STDIN = "-";

    boolean isStdin() {
        return path == null;
    }

    /** Reads {@code name} (a path, or {@code -} for standard input) as UTF-8 text. */
    static DockerfileInput read(String name, CliEnvironment environment) {
        if (name.equals(STDIN)) {
            try {
                return new DockerfileInput(STDIN, null, decode(STDIN, environment.stdin().readAllBytes()));
            } catch (IOException e) {
                throw new CliProblem("cannot read standard input: " + e.getMessage(), "");
            }
        }
        Path path = environment.resolve(name);
        if (Files.isDirectory(path)) {
            throw new CliProblem(name + " is a folder, not a Dockerfile.", "Give the Dockerfile's path, e.g. " + path.resolve("Dockerfile") + ".");
        }
        try {
            return new DockerfileInput(name, path, decode(name, Files.readAllBytes(path)));
        } catch (NoSuchFileException e) {
            throw new CliProblem("cannot read " + name + ": no such file.", "Check the path, or give - to read standard input.");
        } catch (AccessDeniedException e) {
            throw new CliProblem("cannot read " + name + ": permission denied.", "");
        } catch (IOException e) {
            throw new CliProblem("cannot read " + name + ": " + e.getMessage(), "");
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CliProblem(name + " is not UTF-8 text.", "Save it as UTF-8 (Docker reads Dockerfiles as UTF-8).");
        }
    }
}
