package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.Optional;

/**
 * DD3035 (Hadolint DL3035): {@code zypper dist-upgrade} moves the whole system to whatever the
 * repositories hold today, possibly a new distribution release. The base image's maintainers decide
 * that; build on a newer base image instead.
 */
public final class ZypperDistUpgrade implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3035", "Do not use zypper dist-upgrade",
            Severity.WARNING, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3035"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (RunCommand found : PackageManagerCommands.commands(context, "zypper")) {
            Optional<ShellWord> sub =
                    PackageManagerCommands.subcommand(found.command(), RpmPackageOptions.ZYPPER_WITH_VALUE);
            if (sub.isPresent() && (sub.get().value().equals("dist-upgrade") || sub.get().value().equals("dup"))) {
                context.report(PackageManagerCommands.nameToSubcommand(found.command(), sub.get()),
                        "zypper dist-upgrade changes the whole distribution: use a newer base image instead");
            }
        }
    }
}
