package dev.drydock.app.cli;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LocalImages;
import dev.drydock.core.lint.shellcheck.ShellCheck;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The linter of a {@code lint} or {@code fix} run: Drydock's rules, plus ShellCheck on RUN scripts
 * when it is on the {@code PATH} and not turned off. Says once, on stderr, when ShellCheck is missing
 * or could not check a file; never fails because of it. With {@code --pin-from-daemon} the base-image
 * rules also get what the daemon knows about local images ({@link DaemonBaseImages}).
 */
final class LinterSetup {

    static final String SHELLCHECK_MISSING =
            "ShellCheck not found on PATH: shell scripts in RUN were not checked (install shellcheck)";

    private LinterSetup() {
    }

    static DockerfileLinter linter(LintOptions options, CliEnvironment environment, PrintWriter err,
                                   Iterable<Dockerfile> dockerfiles, Supplier<LocalImages> daemonImages) {
        DockerfileLinter linter = DockerfileLinter.standard();
        if (options.pinFromDaemon) {
            linter = linter.withLocalImages(daemonImages.get());
        }
        if (options.noShellCheck || !anyRun(dockerfiles)) {
            return linter;
        }
        Optional<ShellCheck> shellCheck = ShellCheck.onPath(environment.variables().get("PATH"));
        if (shellCheck.isEmpty()) {
            err.println("drydock: " + SHELLCHECK_MISSING);
            return linter;
        }
        Set<String> said = new LinkedHashSet<>();
        return linter.withShellCheck(shellCheck.get().reportingProblemsTo(problem -> {
            if (said.add(problem)) {
                err.println("drydock: " + problem);
            }
        }));
    }

    private static boolean anyRun(Iterable<Dockerfile> dockerfiles) {
        for (Dockerfile dockerfile : dockerfiles) {
            if (dockerfile.instructions().stream().anyMatch(RunInstruction.class::isInstance)) {
                return true;
            }
        }
        return false;
    }
}
