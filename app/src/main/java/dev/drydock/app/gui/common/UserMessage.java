package dev.drydock.app.gui.common;

import dev.drydock.core.daemon.DaemonAccessException;

/**
 * An error as a person reads it: what happened and what to do. Built from any throwable, so no
 * stack trace ever reaches a dialog.
 */
public record UserMessage(String title, String message, String advice) {

    public static UserMessage of(String title, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof DaemonAccessException daemon) {
            return new UserMessage(title, daemon.getMessage(), daemon.advice());
        }
        if (cause instanceof dev.drydock.core.daemon.endpoint.EndpointException endpoint) {
            return new UserMessage(title, endpoint.getMessage(), endpoint.advice());
        }
        if (cause instanceof dev.drydock.core.vuln.db.VulnerabilityDatabaseException database) {
            return new UserMessage(title, database.getMessage(), database.advice());
        }
        if (cause instanceof dev.drydock.core.image.ImageArchiveException archive) {
            return new UserMessage(title, archive.getMessage(), archive.advice());
        }
        if (cause instanceof dev.drydock.core.seccomp.learn.LearningException learning) {
            return new UserMessage(title, learning.getMessage(), learning.advice());
        }
        if (cause instanceof java.io.IOException io) {
            return new UserMessage(title, "The file could not be read: " + describe(io), "Check that the file exists and that you may read it.");
        }
        return new UserMessage(title, "Something unexpected went wrong: " + describe(cause),
                "Try again; if it keeps happening, please report it with what you were doing.");
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof java.util.concurrent.ExecutionException
                || current instanceof java.util.concurrent.CompletionException
                || current instanceof java.io.UncheckedIOException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String describe(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }
}
