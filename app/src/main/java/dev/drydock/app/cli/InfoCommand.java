package dev.drydock.app.cli;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code drydock info}: which daemon Drydock talks to, why that one, and what it reports. */
@Command(name = "info")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    DrydockCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ListingFormatOption format;

    @Mixin
    DaemonOptions daemonOptions;

    @Override
    public Integer call() throws EndpointException {
        DockerEndpoint endpoint;
        DaemonInfo info;
        try (DockerDaemon daemon = root.connect(daemonOptions)) {
            endpoint = daemon.endpoint();
            info = daemon.info();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.chosen(root) == OutputFormat.json) {
            JsonOutput.print(out, InfoJson.of(endpoint, info));
        } else {
            InfoReport.of(endpoint, info).print(out);
        }
        return ExitCodes.OK;
    }
}
