package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.List;
import java.util.Set;

/**
 * DD3014 (Hadolint DL3014): {@code apt-get install} asks for confirmation; in a build nobody answers
 * and the install aborts. {@code -y}, {@code --yes}, {@code --assume-yes}, {@code -qq} (which implies
 * {@code -y}) and {@code -o APT::Get::Assume-Yes=true} answer it. Unlike Hadolint, a single {@code -q}
 * does not count: it only makes the output quieter.
 */
public final class AptGetWithoutYes extends MissingInstallOptionRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3014", "Use -y with apt-get install",
            Severity.WARNING, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3014"));

    public AptGetWithoutYes() {
        super(METADATA, List.of("apt-get"), Set.of("install", "upgrade", "dist-upgrade", "full-upgrade", "remove",
                        "purge", "autoremove", "build-dep", "reinstall"), AptPackageOptions.WITH_VALUE, "-y",
                "apt-get would wait for a confirmation that never comes: add -y");
    }

    @Override
    boolean isSatisfied(RuleContext context, RunCommand found) {
        ShellCommand command = found.command();
        if (command.hasFlag("-y") || command.hasFlag("--yes") || command.hasFlag("--assume-yes")
                || command.hasFlag("--quiet=2") || command.hasFlag("-q=2")) {
            return true;
        }
        for (String argument : command.argumentValues()) {
            if (argument.startsWith("-") && !argument.startsWith("--") && argument.chars().filter(c -> c == 'q').count() >= 2
                    || argument.equalsIgnoreCase("APT::Get::Assume-Yes=true")) {
                return true;
            }
        }
        return false;
    }
}
