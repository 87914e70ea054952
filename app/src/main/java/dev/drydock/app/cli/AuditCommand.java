package dev.drydock.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code drydock audit}: judges what runs, not what is built: the settings of live containers (CIS Docker
 * Benchmark section 5) and the daemon and host they run on.
 */
@Command(name = "audit", subcommands = {AuditContainersCommand.class, AuditDaemonCommand.class})
final class AuditCommand implements Runnable {

    @ParentCommand
    DrydockCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
