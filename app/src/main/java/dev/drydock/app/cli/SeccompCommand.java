package dev.drydock.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code drydock seccomp}: seccomp profiles. Only the group: each sub-command is its own class
 * (diff, validate, template, export here; learning and verification join them).
 */
@Command(name = "seccomp", subcommands = {SeccompDiffCommand.class, SeccompValidateCommand.class,
        SeccompTemplateCommand.class, SeccompExportCommand.class})
final class SeccompCommand implements Runnable {

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
