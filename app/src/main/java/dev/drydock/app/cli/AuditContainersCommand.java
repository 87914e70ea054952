package dev.drydock.app.cli;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.DaemonContainerAudit;
import dev.drydock.core.audit.container.ContainerAuditResult;
import dev.drydock.core.audit.container.ContainerCheck;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.report.FileFindings;
import dev.drydock.core.report.LintReport;
import dev.drydock.core.report.SarifReport;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code drydock audit containers}: runs the container checks (CIS Docker Benchmark section 5) over the
 * running containers, all containers with {@code --all}, or those named; fails like {@code lint} when a
 * shown finding reaches the failure threshold.
 */
@Command(name = "containers")
final class AuditContainersCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand group;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DaemonOptions daemonOptions;

    @Parameters(paramLabel = "CONTAINER", descriptionKey = "audit.containers.names")
    List<String> names = new ArrayList<>();

    @Option(names = {"-a", "--all"}, descriptionKey = "audit.containers.all")
    boolean all;

    @Option(names = "--format", paramLabel = "tty|json|sarif", descriptionKey = "audit.containers.format")
    AuditFormat format;

    @Option(names = "--severity", paramLabel = "error|warning|info|style", descriptionKey = "audit.severity",
            converter = LintOptions.SeverityConverter.class)
    Severity severity = Severity.STYLE;

    @Option(names = "--failure-threshold", paramLabel = "error|warning|info|style|none",
            descriptionKey = "audit.failure-threshold", converter = LintOptions.SeverityConverter.class)
    Severity failureThreshold = Severity.ERROR;

    @Override
    public Integer call() throws EndpointException, IOException {
        if (all && !names.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Conflicting options: name containers or give --all, not both.");
        }
        DrydockCommand root = group.root;
        ContainerAudit audit = ContainerAudit.standard();
        List<AuditedContainer> audited = new ArrayList<>();
        try (DockerDaemon daemon = root.connect(daemonOptions)) {
            DaemonContainerAudit onDaemon = new DaemonContainerAudit(daemon, audit);
            for (String id : chosenIds(daemon)) {
                DaemonContainerAudit.Audited one = onDaemon.audit(id);
                ContainerAuditResult result = one.result();
                List<Finding> shown = result.findings().stream().filter(f -> f.severity().isAtLeast(severity)).toList();
                audited.add(new AuditedContainer(one.details(), new ContainerAuditResult(result.container(), shown,
                        result.notApplicable())));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (chosenFormat(root)) {
            case json -> JsonOutput.print(out, ContainerAuditJson.of(audited, audit));
            case sarif -> new SarifReport().write(sarif(audited, audit), out);
            case tty -> new ContainerAuditText(audit).print(audited, out);
        }
        out.flush();
        boolean fails = audited.stream().flatMap(container -> container.result().findings().stream())
                .anyMatch(finding -> finding.severity().reaches(failureThreshold));
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The named containers as given, else the daemon's running ones (every one with {@code --all}). */
    private List<String> chosenIds(DockerDaemon daemon) {
        if (!names.isEmpty()) {
            return names;
        }
        return daemon.listContainers().stream().filter(container -> all || container.running())
                .map(ContainerSummary::id).toList();
    }

    /** {@code --format} after the command, else {@code drydock --format json audit containers}, else {@code tty}. */
    private AuditFormat chosenFormat(DrydockCommand root) {
        if (format != null) {
            return format;
        }
        return root.format == OutputFormat.json ? AuditFormat.json : AuditFormat.tty;
    }

    private static LintReport sarif(List<AuditedContainer> audited, ContainerAudit audit) {
        List<FileFindings> containers = audited.stream()
                .map(container -> new FileFindings(container.result().container(), container.result().findings()))
                .toList();
        return new LintReport(DrydockVersion.version(), containers,
                id -> audit.find(id).map(ContainerCheck::metadata));
    }

    /** One inspected container and what its audit found (already filtered by {@code --severity}). */
    record AuditedContainer(ContainerDetails details, ContainerAuditResult result) {
    }
}
