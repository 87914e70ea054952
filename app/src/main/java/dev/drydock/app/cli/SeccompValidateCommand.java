package dev.drydock.app.cli;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.seccomp.json.SeccompDocument;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.json.SeccompReadException;
import dev.drydock.core.seccomp.validation.DaemonProfileCheck;
import dev.drydock.core.seccomp.validation.DaemonVerdict;
import dev.drydock.core.seccomp.validation.SeccompProblem;
import dev.drydock.core.seccomp.validation.SeccompValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code drydock seccomp validate FILE…}: each problem as {@code FILE:LINE:COLUMN: severity: message},
 * then a summary per file; with {@code --daemon}, also whether the real daemon takes each profile.
 * Exit code 0 without errors (warnings do not fail), 1 when a profile has errors or the daemon refuses
 * one, 2 when a file cannot be read or the daemon cannot be asked.
 */
@Command(name = "validate")
final class SeccompValidateCommand implements Callable<Integer> {

    @ParentCommand
    SeccompCommand seccomp;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DaemonOptions daemonOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "seccomp.validate.files")
    List<String> files = new ArrayList<>();

    @Option(names = "--daemon", descriptionKey = "seccomp.validate.daemon")
    boolean daemon;

    @Option(names = "--image", paramLabel = "IMAGE", descriptionKey = "seccomp.validate.image")
    String image;

    @Override
    public Integer call() throws EndpointException {
        PrintWriter out = spec.commandLine().getOut();
        int exit = ExitCodes.OK;
        Map<String, SeccompDocument> readable = new LinkedHashMap<>();
        for (String name : files) {
            Path file = seccomp.root.environment.resolve(name);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                out.println(name + ": error: " + (Files.exists(file) ? "cannot be read (a folder, or permission denied)"
                        : "no such file") + ".");
                exit = ExitCodes.ERROR;
                continue;
            }
            List<SeccompProblem> problems = SeccompValidation.validateFile(file);
            problems.forEach(problem -> out.println(line(name, problem)));
            out.println(name + ": " + summary(problems));
            if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
                exit = Math.max(exit, ExitCodes.FINDINGS);
            }
            try {
                readable.put(name, SeccompProfileReader.readFile(file));
            } catch (SeccompReadException e) {
                // already reported as a problem; the daemon is not asked about text that is not a profile
            }
        }
        out.flush();
        if (daemon && !readable.isEmpty()) {
            exit = Math.max(exit, askDaemon(out, readable));
        }
        return exit;
    }

    private int askDaemon(PrintWriter out, Map<String, SeccompDocument> profiles) throws EndpointException {
        int exit = ExitCodes.OK;
        try (DockerDaemon connection = seccomp.root.connect(daemonOptions)) {
            DaemonProfileCheck check = new DaemonProfileCheck(connection);
            for (Map.Entry<String, SeccompDocument> entry : profiles.entrySet()) {
                DaemonVerdict verdict = check.check(entry.getValue().profile(), image);
                out.println(entry.getKey() + ": daemon: " + verdict.message());
                out.flush();
                if (!verdict.accepted()) {
                    exit = ExitCodes.FINDINGS;
                }
            }
        }
        return exit;
    }

    /** {@code FILE:LINE:COLUMN: error: message (at /syscalls/3/action)}, the position left out when unknown. */
    static String line(String file, SeccompProblem problem) {
        String where = problem.at().map(p -> file + ":" + p.line() + ":" + p.column()).orElse(file);
        String pointer = problem.pointer().isEmpty() ? "" : " (at " + problem.pointer() + ")";
        return where + ": " + problem.severity().id() + ": " + problem.message() + pointer;
    }

    private static String summary(List<SeccompProblem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        if (errors == 0 && warnings == 0) {
            return problems.isEmpty() ? "no problems." : "no errors or warnings (" + problems.size() + " notes).";
        }
        return count(errors, "error") + ", " + count(warnings, "warning") + ".";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
