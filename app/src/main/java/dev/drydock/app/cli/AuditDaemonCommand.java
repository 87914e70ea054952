package dev.drydock.app.cli;

import dev.drydock.core.audit.daemon.DaemonAudit;
import dev.drydock.core.audit.daemon.DaemonAuditInput;
import dev.drydock.core.audit.daemon.DaemonAuditReport;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code drydock audit daemon}: the daemon and host checks (settings, runtime and kernel versions against
 * known container-escape CVEs), each passed, with problems and advice, or not applicable and why.
 */
@Command(name = "daemon")
final class AuditDaemonCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand group;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DaemonOptions daemonOptions;

    @Option(names = "--format", paramLabel = "tty|json", descriptionKey = "audit.daemon.format")
    Format format;

    enum Format {
        tty,
        json
    }

    @Override
    public Integer call() throws EndpointException {
        DrydockCommand root = group.root;
        DockerEndpoint endpoint = root.endpoint(daemonOptions);
        DaemonInfo info;
        try (DockerDaemon daemon = DaemonAccess.open(endpoint)) {
            info = daemon.info();
        }
        DaemonAuditReport report = DaemonAudit.standard().run(new DaemonAuditInput(info, endpoint));
        PrintWriter out = spec.commandLine().getOut();
        boolean json = format == Format.json || (format == null && root.format == OutputFormat.json);
        if (json) {
            JsonOutput.print(out, DaemonAuditJson.of(report));
        } else {
            DaemonAuditText.print(report, endpoint, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
