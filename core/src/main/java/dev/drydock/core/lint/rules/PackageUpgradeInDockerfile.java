package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DD5010: a whole-system upgrade in a Dockerfile ({@code apt-get upgrade}, {@code apt-get dist-upgrade},
 * {@code apk upgrade}, {@code yum update} without packages...). The image then holds whatever the
 * mirrors offered on the day of the build, not what its base image was tested with. Upgrading named
 * packages ({@code apk upgrade openssl}, {@code yum update openssl}) is a targeted fix and is not
 * reported; {@code zypper dist-upgrade} has DD3035.
 */
public final class PackageUpgradeInDockerfile implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5010", "Do not upgrade all packages in a Dockerfile",
            Severity.INFO, RuleCategory.RELIABILITY, RuleReferences.none());

    /** Sub-commands that upgrade everything, by command. */
    private static final Map<String, Set<String>> UPGRADES = Map.of(
            "apt-get", Set.of("upgrade", "dist-upgrade", "full-upgrade"),
            "apt", Set.of("upgrade", "dist-upgrade", "full-upgrade"),
            "apk", Set.of("upgrade"),
            "yum", Set.of("update", "upgrade", "distro-sync"),
            "dnf", Set.of("update", "upgrade", "distro-sync"),
            "microdnf", Set.of("update", "upgrade"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (RunCommand found : PackageManagerCommands.commands(context, UPGRADES.keySet().toArray(String[]::new))) {
            ShellCommand command = found.command();
            Set<String> options = optionsWithValue(command);
            Optional<ShellWord> sub = PackageManagerCommands.subcommand(command, options);
            if (sub.isEmpty() || !UPGRADES.get(command.baseName()).contains(sub.get().value())) {
                continue;
            }
            boolean wholeSystem = command.isNamed("apt-get", "apt")
                    || PackageManagerCommands.operands(command, options).isEmpty();
            if (wholeSystem) {
                context.report(PackageManagerCommands.nameToSubcommand(command, sub.get()),
                        command.baseName() + " " + sub.get().value()
                                + " upgrades every package of the base image: build on an updated base image instead");
            }
        }
    }

    private static Set<String> optionsWithValue(ShellCommand command) {
        if (command.isNamed("apt-get", "apt")) {
            return AptPackageOptions.WITH_VALUE;
        }
        return command.isNamed("apk") ? ApkPackageOptions.WITH_VALUE : RpmPackageOptions.YUM_WITH_VALUE;
    }
}
