package dev.drydock.app.cli;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.vuln.db.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code drydock}: the top of the command tree. Holds the options every sub-command understands,
 * wherever they are written ({@code drydock -H x containers} and {@code drydock containers -H x}).
 */
@Command(name = "drydock",
        mixinStandardHelpOptions = true,
        versionProvider = DrydockVersion.class,
        resourceBundle = "dev.drydock.app.cli.DrydockHelp",
        subcommands = {InfoCommand.class, ImagesCommand.class, ContainersCommand.class,
                LintCommand.class, FixCommand.class, ScanCommand.class, SbomCommand.class, DbCommand.class,
                AuditCommand.class, HardenCommand.class, SeccompCommand.class})
final class DrydockCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** {@code drydock -H x images}: the daemon options written before the command. */
    @Mixin
    DaemonOptions daemon;

    /** {@code drydock --db x.db db status}: the vulnerability database written before the command. */
    @Mixin
    DatabaseFileOption database;

    /** {@code drydock --format json images}: the listing format written before the command; null when not given. */
    @Option(names = "--format", paramLabel = "table|json")
    OutputFormat format;

    @Option(names = "--debug", scope = ScopeType.INHERIT)
    boolean debug;

    /** Standard input, environment and working folder of this run. */
    CliEnvironment environment = CliEnvironment.system();

    /** The endpoint of this run once resolved, so that errors can say which daemon failed and why that one. */
    DockerEndpoint resolved;

    /** The list read ahead at start-up, if any. */
    final ListPrefetch prefetch;

    DrydockCommand(ListPrefetch prefetch) {
        this.prefetch = prefetch;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    /**
     * The endpoint the options (those after the command first, then those before it), the environment
     * and the docker configuration point to.
     */
    DockerEndpoint endpoint(DaemonOptions command) throws EndpointException {
        String host = command.host != null ? command.host : daemon.host;
        String context = command.context != null ? command.context : daemon.context;
        if (host != null && context != null) {
            throw new ParameterException(spec.commandLine(),
                    "Conflicting options: either specify --host or --context, not both.");
        }
        resolved = DaemonAccess.resolve(host, context);
        return resolved;
    }

    /**
     * The vulnerability database file: the first {@code --db} of {@code nearestFirst} (the options of the
     * sub-command, then of its group), else the one before the command, else the file in the user's data
     * folder ({@code $XDG_DATA_HOME/drydock/vulnerabilities.db} and the like).
     */
    Path databaseFile(DatabaseFileOption... nearestFirst) {
        for (DatabaseFileOption option : nearestFirst) {
            if (option != null && option.path != null) {
                return environment.resolve(option.path).toAbsolutePath().normalize();
            }
        }
        if (database.path != null) {
            return environment.resolve(database.path).toAbsolutePath().normalize();
        }
        return DatabaseLocation.defaultFile(environment.host());
    }

    /** Opens the connection a sub-command talks through; the caller closes it. */
    DockerDaemon connect(DaemonOptions command) throws EndpointException {
        return DaemonAccess.open(endpoint(command));
    }

    /** Every container of the daemon: the prefetched list when it came from this run's endpoint. */
    List<ContainerSummary> containers(DaemonOptions command) throws EndpointException {
        DockerEndpoint endpoint = endpoint(command);
        Optional<List<ContainerSummary>> read = prefetch.containers(endpoint);
        if (read.isPresent()) {
            return read.get();
        }
        try (DockerDaemon daemon = DaemonAccess.open(endpoint)) {
            return daemon.listContainers();
        }
    }

    /** The daemon's images: the prefetched list when it came from this run's endpoint. */
    List<ImageSummary> images(DaemonOptions command) throws EndpointException {
        DockerEndpoint endpoint = endpoint(command);
        Optional<List<ImageSummary>> read = prefetch.images(endpoint);
        if (read.isPresent()) {
            return read.get();
        }
        try (DockerDaemon daemon = DaemonAccess.open(endpoint)) {
            return daemon.listImages();
        }
    }
}
