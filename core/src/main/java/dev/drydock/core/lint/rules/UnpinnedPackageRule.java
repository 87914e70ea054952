package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.List;
import java.util.Set;

/**
 * The shape of the rules "pin the versions of installed packages": each package word of an install
 * command that names no version is reported on its own. There is no fix: only the author knows which
 * version the image was tested with, and a made-up version would break the build.
 */
abstract class UnpinnedPackageRule implements DockerfileRule {

    private final RuleMetadata metadata;
    private final List<String> commandNames;
    private final Set<String> subcommands;
    private final Set<String> optionsWithValue;
    private final String message;

    UnpinnedPackageRule(RuleMetadata metadata, List<String> commandNames, Set<String> subcommands,
                        Set<String> optionsWithValue, String message) {
        this.metadata = metadata;
        this.commandNames = commandNames;
        this.subcommands = subcommands;
        this.optionsWithValue = optionsWithValue;
        this.message = message;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    /** Whether the package word names a version (or is a file, a URL, ... that needs none). */
    abstract boolean isPinned(ShellWord packageWord);

    /** The package words of the command: the operands after an install sub-command by default. */
    List<ShellWord> packages(RunCommand found) {
        if (!PackageManagerCommands.hasSubcommand(found.command(), optionsWithValue, subcommands.toArray(String[]::new))) {
            return List.of();
        }
        return PackageManagerCommands.operands(found.command(), optionsWithValue);
    }

    Set<String> optionsWithValue() {
        return optionsWithValue;
    }

    @Override
    public final void check(RuleContext context) {
        for (RunCommand found : PackageManagerCommands.commands(context, commandNames.toArray(String[]::new))) {
            for (ShellWord word : packages(found)) {
                if (!PackageManagerCommands.isVariable(word) && !isPinned(word)) {
                    context.report(word.range(), message.replace("{package}", word.value()));
                }
            }
        }
    }
}
