package dev.drydock.app.cli;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.files.AtomicFileWrite;
import dev.drydock.core.fix.UnifiedDiff;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.RepeatedFixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code drydock fix}: applies the fixes of a Dockerfile's findings (safe ones, and those that need
 * review when asked), then prints the fixed text, prints a diff, or writes the file.
 */
@Command(name = "fix")
final class FixCommand implements Callable<Integer> {

    @ParentCommand
    DrydockCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    LintOptions options;

    /** {@code -H}/{@code -c}: the daemon {@code --pin-from-daemon} asks. */
    @Mixin
    DaemonOptions daemonOptions;

    @Parameters(paramLabel = "FILE", descriptionKey = "fix.file")
    String file;

    @Option(names = "--write")
    boolean write;

    @Option(names = "--diff")
    boolean diff;

    @Option(names = "--include-needs-review")
    boolean includeNeedsReview;

    @Override
    public Integer call() throws IOException {
        if (write && diff) {
            throw new ParameterException(spec.commandLine(), "Choose either --write or --diff, not both.");
        }
        if (write && file.equals(DockerfileInput.STDIN)) {
            throw new ParameterException(spec.commandLine(), "--write needs a file; standard input cannot be written back.");
        }
        CliEnvironment environment = root.environment;
        LintConfig config = options.config(environment);
        DockerfileInput input = DockerfileInput.read(file, environment);
        PrintWriter err = spec.commandLine().getErr();
        DockerfileLinter linter = LinterSetup.linter(options, environment, err, List.of(Dockerfile.parse(input.text())),
                () -> DaemonBaseImages.ask(root, daemonOptions, err));
        RepeatedFixes.Outcome outcome = RepeatedFixes.fix(linter, input.name(), input.text(), config, includeNeedsReview);
        PrintWriter out = spec.commandLine().getOut();
        if (diff) {
            out.print(UnifiedDiff.of(input.name(), outcome.original(), outcome.fixed()));
        } else if (write) {
            if (outcome.changed()) {
                AtomicFileWrite.replace(input.path(), outcome.fixed());
            }
        } else {
            out.print(outcome.fixed());
        }
        out.flush();
        FixSummary.print(outcome, includeNeedsReview, write, err);
        return config.fails(outcome.remaining().findings()) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
