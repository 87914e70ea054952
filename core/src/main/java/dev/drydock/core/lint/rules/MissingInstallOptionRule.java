package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of the rules "this package-manager command lacks an option" ({@code apt-get install}
 * without {@code -y}, {@code apk add} without {@code --no-cache}, ...): each finding is reported on
 * the command and its sub-command, and fixed by adding the option right after the sub-command.
 */
abstract class MissingInstallOptionRule implements DockerfileRule {

    private final RuleMetadata metadata;
    private final List<String> commandNames;
    private final Set<String> subcommands;
    private final Set<String> optionsWithValue;
    private final String option;
    private final String message;

    /**
     * @param commandNames     the commands to look at ({@code apt-get})
     * @param subcommands      their sub-commands that need the option ({@code install})
     * @param optionsWithValue options of the command that take the next word as their value
     * @param option           the option to add, as the fix writes it
     * @param message          what the finding says
     */
    MissingInstallOptionRule(RuleMetadata metadata, List<String> commandNames, Set<String> subcommands,
                             Set<String> optionsWithValue, String option, String message) {
        this.metadata = metadata;
        this.commandNames = commandNames;
        this.subcommands = subcommands;
        this.optionsWithValue = optionsWithValue;
        this.option = option;
        this.message = message;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    /** Whether the command already does what the option would do (the option, an equivalent, a cache mount...). */
    abstract boolean isSatisfied(RuleContext context, RunCommand found);

    @Override
    public final void check(RuleContext context) {
        for (RunCommand found : PackageManagerCommands.commands(context, commandNames.toArray(String[]::new))) {
            Optional<ShellWord> sub = PackageManagerCommands.subcommand(found.command(), optionsWithValue);
            if (sub.isEmpty() || !subcommands.contains(sub.get().value()) || isSatisfied(context, found)) {
                continue;
            }
            Fix fix = context.fix("Add " + option, Fix.Safety.SAFE,
                    PackageManagerCommands.insertOptionAfter(context, found, sub.get(), option));
            context.report(PackageManagerCommands.nameToSubcommand(found.command(), sub.get()), message, fix);
        }
    }
}
