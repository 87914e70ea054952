package dev.drydock.app.cli;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LintResult;
import dev.drydock.core.report.FileFindings;
import dev.drydock.core.report.LintReport;
import dev.drydock.core.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code drydock lint}: checks Dockerfiles against Drydock's rules (and ShellCheck), in a report format of choice. */
@Command(name = "lint")
final class LintCommand implements Callable<Integer> {

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

    @Parameters(paramLabel = "FILE", descriptionKey = "lint.files")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "tty|json|sarif|checkstyle|gitlab|junit", descriptionKey = "lint.format",
            converter = ReportFormatConverter.class)
    ReportFormat format;

    @Option(names = "--no-color")
    boolean noColor;

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = root.environment;
        LintConfig config = options.config(environment);
        List<DockerfileInput> inputs = new ArrayList<>();
        for (String file : files.isEmpty() ? List.of("Dockerfile") : files) {
            inputs.add(DockerfileInput.read(file, environment));
        }
        List<Dockerfile> parsed = inputs.stream().map(input -> Dockerfile.parse(input.text())).toList();
        PrintWriter err = spec.commandLine().getErr();
        DockerfileLinter linter = LinterSetup.linter(options, environment, err, parsed,
                () -> DaemonBaseImages.ask(root, daemonOptions, err));
        List<FileFindings> results = new ArrayList<>();
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            LintResult result = linter.lint(inputs.get(i).name(), parsed.get(i), config);
            results.add(new FileFindings(result.file(), result.findings()));
            all.addAll(result.findings());
        }
        LintReport report = new LintReport(DrydockVersion.version(), results, linter::metadata);
        PrintWriter out = spec.commandLine().getOut();
        chosenFormat().exporter(colour(environment)).write(report, out);
        out.flush();
        return config.fails(all) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** {@code --format} after the command, else {@code drydock --format json lint}, else {@code tty}. */
    private ReportFormat chosenFormat() {
        if (format != null) {
            return format;
        }
        return root.format == OutputFormat.json ? ReportFormat.JSON : ReportFormat.TTY;
    }

    /** Colours only on a terminal, and never with {@code --no-color} or {@code NO_COLOR} set. */
    private boolean colour(CliEnvironment environment) {
        return !noColor && environment.terminal() && environment.variables().get("NO_COLOR") == null;
    }

    /** Reads a report format id in any case, listing the valid ones when it is wrong. */
    static final class ReportFormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value).orElseThrow(() -> new TypeConversionException(
                    "expected one of " + ReportFormat.ids().replace("|", ", ") + " but was '" + value + "'"));
        }
    }
}
