package dev.drydock.app.cli;

import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.attribution.DockerfileAttribution;
import dev.drydock.core.image.inspect.ImageInspection;
import dev.drydock.core.image.inspect.ImageReport;
import dev.drydock.core.image.rules.ImageAuditResult;
import dev.drydock.core.image.rules.ImageRuleRegistry;
import dev.drydock.core.report.DockerfileLine;
import dev.drydock.core.report.FileFindings;
import dev.drydock.core.report.LintReport;
import dev.drydock.core.report.ReportFormat;
import dev.drydock.core.task.CancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code drydock scan}: reads every layer of an image (a tarball, an OCI folder, or an image of the
 * daemon), lists what it holds and reports what is wrong with it.
 */
@Command(name = "scan")
final class ScanCommand implements Callable<Integer> {

    @ParentCommand
    DrydockCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DaemonOptions daemonOptions;

    @Mixin
    ImageReadOptions read;

    @Option(names = "--format", paramLabel = "tty|json|sarif", descriptionKey = "scan.format",
            converter = ScanFormatConverter.class)
    ReportFormat format;

    @Option(names = "--severity", paramLabel = "error|warning|info|style", descriptionKey = "scan.severity",
            converter = LintOptions.SeverityConverter.class)
    Severity severity = Severity.STYLE;

    @Option(names = "--skip-base")
    boolean skipBase;

    @Option(names = "--dockerfile", paramLabel = "FILE", descriptionKey = "scan.dockerfile")
    String dockerfile;

    @Mixin
    VulnerabilityFixOptions vulnerabilityFixes;

    @Option(names = "--failure-threshold", paramLabel = "error|warning|info|style|none",
            descriptionKey = "scan.failure-threshold", converter = LintOptions.SeverityConverter.class)
    Severity failureThreshold = Severity.ERROR;

    @Override
    public Integer call() throws EndpointException, ImageArchiveException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        DockerfileInput built = dockerfile == null ? null : DockerfileInput.read(dockerfile, root.environment);
        try (ImageTarget target = read.open(root, daemonOptions);
             CancelOnInterrupt ctrlC = CancelOnInterrupt.install()) {
            try {
                ImageReport report = new ImageInspection(read.cache(root.environment)).inspect(target.source(),
                        LocalDate.now(), TerminalProgress.on(err, root.environment.terminal()), ctrlC.token());
                return print(report, built);
            } catch (CancelledException e) {
                err.println("drydock: scan cancelled; nothing was written.");
                err.flush();
                return ExitCodes.CANCELLED;
            }
        }
    }

    private int print(ImageReport report, DockerfileInput built) throws IOException {
        ImageAuditResult audit = skipBase ? report.audit().withoutInherited() : report.audit();
        List<Finding> shown = audit.findings().stream().filter(f -> f.severity().isAtLeast(severity)).toList();
        PrintWriter out = spec.commandLine().getOut();
        ReportFormat chosen = chosenFormat();
        Function<Finding, Optional<DockerfileLine>> lines = dockerfileLines(report, built);
        if (chosen == ReportFormat.TTY) {
            new ImageScanText(report.image(), shown, audit.skipped(), LocalDate.now(), lines).print(out);
        } else {
            ImageRuleRegistry rules = ImageRuleRegistry.standard();
            String name = report.image().config().reference();
            LintReport lintReport = new LintReport(DrydockVersion.version(),
                    List.of(new FileFindings(name, shown)), rules::metadata, lines);
            chosen.exporter(false).write(lintReport, out);
        }
        out.flush();
        vulnerabilityFixes.offer(this, report, built, chosen == ReportFormat.TTY);
        return shown.stream().anyMatch(f -> f.severity().reaches(failureThreshold)) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** With {@code --dockerfile}: the line of the instruction that made each finding's layer, where history tells. */
    private Function<Finding, Optional<DockerfileLine>> dockerfileLines(ImageReport report, DockerfileInput input) {
        if (input == null) {
            return finding -> Optional.empty();
        }
        DockerfileAttribution attribution = DockerfileAttribution.of(Dockerfile.parse(input.text()), report.image());
        if (attribution.mappedSteps() == 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("drydock: " + input.name() + " does not match the image's history (was the image built from it?);"
                    + " findings are not traced to its lines.");
            err.flush();
        }
        return finding -> attribution.lineOf(finding).map(line -> new DockerfileLine(input.name(), line));
    }

    /** {@code --format} after the command, else {@code drydock --format json scan}, else {@code tty}. */
    private ReportFormat chosenFormat() {
        if (format != null) {
            return format;
        }
        return root.format == OutputFormat.json ? ReportFormat.JSON : ReportFormat.TTY;
    }

    /** {@code tty}, {@code json} or {@code sarif}, in any case. */
    static final class ScanFormatConverter implements ITypeConverter<ReportFormat> {
        private static final List<ReportFormat> FORMATS = List.of(ReportFormat.TTY, ReportFormat.JSON, ReportFormat.SARIF);

        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value).filter(FORMATS::contains).orElseThrow(() -> new TypeConversionException(
                    "expected one of tty, json, sarif but was '" + value + "'"));
        }
    }
}
