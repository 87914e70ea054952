package dev.drydock.core.seccomp.validation;

import dev.drydock.core.findings.Severity;
import dev.drydock.core.seccomp.json.SeccompDocument;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.json.SeccompReadException;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates seccomp profiles: the checks Docker and runc make (so a profile Drydock calls clean is
 * one the daemon accepts), plus mistakes they let through silently (misspelt system calls, which
 * runc skips; conflicting duplicates; a missing architecture list). Never throws for bad input:
 * a file that cannot be read or parsed becomes one ERROR problem with its line and column.
 */
public final class SeccompValidation {
    private SeccompValidation() {
    }

    /** Problems of a profile built in code (no text positions). */
    public static List<SeccompProblem> validate(SeccompProfile profile) {
        return validate(SeccompDocument.of(profile));
    }

    /** Problems of a profile read from text, with positions. */
    public static List<SeccompProblem> validate(SeccompDocument document) {
        Problems problems = new Problems(document.positions());
        SeccompProfile profile = document.profile();
        ProfileChecks.check(profile, problems);
        for (int i = 0; i < profile.rules().size(); i++) {
            RuleChecks.check(profile.rules().get(i), "/syscalls/" + i, problems);
        }
        DuplicateRules.check(profile.rules(), problems);
        return problems.list();
    }

    /** Problems of profile text; text that is not a profile gives one ERROR saying where and why. */
    public static List<SeccompProblem> validateText(String json) {
        try {
            return validate(SeccompProfileReader.readDocument(json));
        } catch (SeccompReadException e) {
            return List.of(readProblem(e));
        }
    }

    /** Problems of a profile file; an unreadable or malformed file gives one ERROR. */
    public static List<SeccompProblem> validateFile(Path file) {
        try {
            return validate(SeccompProfileReader.readFile(file));
        } catch (SeccompReadException e) {
            return List.of(readProblem(e));
        }
    }

    /** True when no problem is an error or a warning. */
    public static boolean isClean(List<SeccompProblem> problems) {
        return problems.stream().noneMatch(p -> p.severity().isAtLeast(Severity.WARNING));
    }

    private static SeccompProblem readProblem(SeccompReadException e) {
        return new SeccompProblem(Severity.ERROR, e.getMessage(), e.pointer(), e.position().orElse(null));
    }
}
