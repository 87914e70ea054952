package dev.drydock.core.seccomp.validation;

import dev.drydock.core.findings.Severity;
import dev.drydock.core.seccomp.json.SourcePositions;
import java.util.ArrayList;
import java.util.List;

/** Collects problems, giving each the text position of its JSON pointer. */
final class Problems {
    private final SourcePositions positions;
    private final List<SeccompProblem> found = new ArrayList<>();

    Problems(SourcePositions positions) {
        this.positions = positions;
    }

    void error(String pointer, String message) {
        add(Severity.ERROR, pointer, message);
    }

    void warning(String pointer, String message) {
        add(Severity.WARNING, pointer, message);
    }

    void info(String pointer, String message) {
        add(Severity.INFO, pointer, message);
    }

    private void add(Severity severity, String pointer, String message) {
        found.add(new SeccompProblem(severity, message, pointer, positions.find(pointer).orElse(null)));
    }

    List<SeccompProblem> list() {
        return List.copyOf(found);
    }
}
