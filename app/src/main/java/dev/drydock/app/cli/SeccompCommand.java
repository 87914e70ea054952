package dev.drydock.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code drydock seccomp}: seccomp profiles. Only the group: each sub-command is its own class — learn one
 * from a real run of an image, verify one by re-running the workload under it and probing what it must
 * block, compare two, check one, start from a template, export for Compose and Kubernetes.
 */
@Command(name = "seccomp", subcommands = {SeccompLearnCommand.class, SeccompVerifyCommand.class,
        SeccompDiffCommand.class, SeccompValidateCommand.class, SeccompTemplateCommand.class,
        SeccompExportCommand.class})
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
