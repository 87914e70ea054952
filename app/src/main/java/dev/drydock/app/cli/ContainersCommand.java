package dev.drydock.app.cli;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.endpoint.EndpointException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code drydock containers}: every container of the daemon, running or not ({@code docker ps -a}). */
@Command(name = "containers")
final class ContainersCommand implements Callable<Integer> {

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

    @Option(names = "--no-trunc")
    boolean noTrunc;

    @Override
    public Integer call() throws EndpointException {
        List<ContainerSummary> containers = root.containers(daemonOptions);
        PrintWriter out = spec.commandLine().getOut();
        if (format.chosen(root) == OutputFormat.json) {
            JsonOutput.printContainers(out, containers.stream().map(ContainerJson::of).toList());
        } else {
            ContainerTable.of(containers, !noTrunc, Instant.now()).print(out);
        }
        return ExitCodes.OK;
    }
}
