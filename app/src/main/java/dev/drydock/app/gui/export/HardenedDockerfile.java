package dev.drydock.app.gui.export;

import dev.drydock.core.lint.RepeatedFixes;

import java.util.List;
import java.util.Objects;

/**
 * A Dockerfile after hardening, ready to write: the text before and after, their unified diff, the
 * fixes that went in (one line each, for a list), the Markdown change report and the full outcome.
 */
public record HardenedDockerfile(String fileName, String original, String hardened, String diff, List<String> changes,
                                 String report, RepeatedFixes.Outcome outcome) {

    public HardenedDockerfile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(hardened, "hardened");
        changes = List.copyOf(changes);
    }

    public boolean changed() {
        return !original.equals(hardened);
    }
}
