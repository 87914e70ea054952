package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Set;

/**
 * DD3060 (Hadolint DL3060): {@code yarn install} keeps a copy of every package in its global cache
 * ({@code /usr/local/share/.cache/yarn} for root in the official images); unless the same RUN runs
 * {@code yarn cache clean}, the copy ships in the layer next to {@code node_modules}.
 */
public final class YarnCacheNotCleaned extends MissingCleanupRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3060", "Run yarn cache clean after yarn install",
            Severity.INFO, RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL3060"));

    private static final Set<String> WITH_VALUE = Set.of("--cwd", "--cache-folder", "--modules-folder", "--registry",
            "--mutex", "--network-timeout");

    public YarnCacheNotCleaned() {
        super(METADATA, "yarn cache clean", "yarn keeps a copy of every package in its cache: end the RUN with yarn cache clean",
                List.of("/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn/berry/cache"));
    }

    @Override
    boolean fillsCache(ShellCommand command) {
        return command.isNamed("yarn") && PackageManagerCommands.hasSubcommand(command, WITH_VALUE, "install", "add");
    }

    @Override
    boolean cleansCache(ShellCommand command) {
        return command.isNamed("yarn") && PackageManagerCommands.hasSubcommand(command, WITH_VALUE, "cache")
                && command.hasArgument("clean");
    }
}
