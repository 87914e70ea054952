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
import dev.drydock.core.image.sbom.CycloneDxExporter;
import dev.drydock.core.image.sbom.SbomContext;
import dev.drydock.core.vuln.report.ImageScanDocuments;
import dev.drydock.core.vuln.report.VulnerabilityCheck;
import dev.drydock.core.task.CancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code drydock scan}: reads every layer of an image (a tarball, an OCI folder, or an image of the
 * daemon), lists what it holds and reports what is wrong with it: the image rules' findings, and the known
 * vulnerabilities of its packages from the offline vulnerability database (when there is one).
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

    @Mixin
    VulnerabilityOptions vulnerabilities;

    @Option(names = "--format", paramLabel = "tty|json|sarif|cyclonedx", descriptionKey = "scan.format",
            converter = ScanFormat.Converter.class)
    ScanFormat format;

    @Option(names = "--severity", paramLabel = "SEVERITY[,SEVERITY...]", descriptionKey = "scan.severity",
            converter = ScanSeverity.Converter.class)
    ScanSeverity severity = ScanSeverity.ALL;

    @Option(names = "--skip-base")
    boolean skipBase;

    @Option(names = "--dockerfile", paramLabel = "FILE", descriptionKey = "scan.dockerfile")
    String dockerfile;

    @Mixin
    VulnerabilityFixOptions vulnerabilityFixes;

    @Option(names = "--failure-threshold", paramLabel = "error|warning|info|style|none",
            descriptionKey = "scan.failure-threshold", converter = LintOptions.SeverityConverter.class)
    Severity failureThreshold;

    @Option(names = "--exit-code", paramLabel = "N", descriptionKey = "scan.exit-code")
    Integer exitCode;

    @Override
    public Integer call() throws EndpointException, ImageArchiveException, IOException {
        checkExitCodeOptions();
        PrintWriter err = spec.commandLine().getErr();
        DockerfileInput built = dockerfile == null ? null : DockerfileInput.read(dockerfile, root.environment);
        try (ImageTarget target = read.open(root, daemonOptions);
             CancelOnInterrupt ctrlC = CancelOnInterrupt.install()) {
            try {
                ImageReport report = new ImageInspection(read.cache(root.environment)).inspect(target.source(),
                        LocalDate.now(), TerminalProgress.on(err, root.environment.terminal()), ctrlC.token());
                VulnerabilityCheck check = vulnerabilities.check(report.image(), severity, skipBase, root,
                        Instant.now());
                return print(report, check, built);
            } catch (CancelledException e) {
                err.println("drydock: scan cancelled; nothing was written.");
                err.flush();
                return ExitCodes.CANCELLED;
            }
        }
    }

    private void checkExitCodeOptions() {
        if (exitCode != null && failureThreshold != null) {
            throw new ParameterException(spec.commandLine(),
                    "Conflicting options: --exit-code decides the exit code, leave out --failure-threshold.");
        }
        if (exitCode != null && (exitCode < 0 || exitCode > 255)) {
            throw new ParameterException(spec.commandLine(), "--exit-code must be between 0 and 255, not " + exitCode + ".");
        }
    }

    private int print(ImageReport report, VulnerabilityCheck check, DockerfileInput built) throws IOException {
        ImageAuditResult audit = skipBase ? report.audit().withoutInherited() : report.audit();
        List<Finding> shown = audit.findings().stream().filter(f -> severity.shows(f.severity())).toList();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScanFormat chosen = chosenFormat();
        Function<Finding, Optional<DockerfileLine>> lines = dockerfileLines(report, built);
        String name = report.image().config().reference();
        LintReport findings = new LintReport(DrydockVersion.version(), List.of(new FileFindings(name, shown)),
                ImageRuleRegistry.standard()::metadata, lines);
        switch (chosen) {
            case TTY -> {
                new ImageScanText(report.image(), shown, audit.skipped(), LocalDate.now(), lines).print(out);
                new VulnerabilityText(report.image(), check).print(out);
            }
            case JSON -> out.print(ImageScanDocuments.json(findings, check, report.image()));
            case SARIF -> out.print(ImageScanDocuments.sarif(findings, check, report.image(), name));
            case CYCLONEDX -> out.print(check.report()
                    .map(vulns -> new CycloneDxExporter().render(report.image(), SbomContext.now(DrydockVersion.version()), vulns))
                    .orElseGet(() -> new CycloneDxExporter().render(report.image(), SbomContext.now(DrydockVersion.version()))));
        }
        out.flush();
        vulnerabilityFixes.offer(this, report, check, built, chosen == ScanFormat.TTY);
        if (chosen != ScanFormat.TTY) {
            VulnerabilityText.notChecked(check).ifPresent(message -> err.println("drydock: " + message));
            check.ageWarning().ifPresent(warning -> err.println("drydock: " + warning));
        }
        int code = exitCode(shown, check);
        if (code == ExitCodes.ERROR) {
            err.println("drydock: --exit-code " + exitCode + " needs the vulnerabilities checked; failing instead.");
        }
        err.flush();
        return code;
    }

    /**
     * With {@code --exit-code N}: N when a shown finding or an active (not suppressed, not filtered) vulnerability
     * remains, {@link ExitCodes#ERROR} when vulnerabilities could not be checked. Without it: the image findings
     * decide, by {@code --failure-threshold} (default error).
     */
    private int exitCode(List<Finding> shown, VulnerabilityCheck check) {
        if (exitCode != null) {
            if (!check.isChecked()) {
                return ExitCodes.ERROR;
            }
            boolean remains = !shown.isEmpty() || !check.report().orElseThrow().active().isEmpty();
            return remains ? exitCode : ExitCodes.OK;
        }
        Severity threshold = failureThreshold == null ? Severity.ERROR : failureThreshold;
        return shown.stream().anyMatch(f -> f.severity().reaches(threshold)) ? ExitCodes.FINDINGS : ExitCodes.OK;
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
    private ScanFormat chosenFormat() {
        if (format != null) {
            return format;
        }
        return root.format == OutputFormat.json ? ScanFormat.JSON : ScanFormat.TTY;
    }
}
