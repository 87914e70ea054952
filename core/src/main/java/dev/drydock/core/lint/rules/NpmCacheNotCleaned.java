package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Set;

/**
 * DD5011: {@code npm install} and {@code npm ci} keep a copy of every downloaded package in
 * {@code ~/.npm/_cacache}; unless the same RUN runs {@code npm cache clean --force} (or removes
 * {@code ~/.npm}), the copy ships in the layer next to {@code node_modules}. Yarn has DD3060.
 */
public final class NpmCacheNotCleaned extends MissingCleanupRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5011", "Clean the npm cache after npm install",
            Severity.INFO, RuleCategory.IMAGE_SIZE, RuleReferences.none());

    private static final Set<String> WITH_VALUE = Set.of("--prefix", "--registry", "--cache", "--tag", "-w",
            "--workspace", "--omit", "--include", "--userconfig");

    public NpmCacheNotCleaned() {
        super(METADATA, "npm cache clean --force",
                "npm keeps a copy of every package in ~/.npm: end the RUN with npm cache clean --force",
                List.of("/root/.npm"));
    }

    @Override
    boolean fillsCache(ShellCommand command) {
        return command.isNamed("npm") && PackageManagerCommands.hasSubcommand(command, WITH_VALUE, "install", "i", "ci", "add");
    }

    @Override
    boolean cleansCache(ShellCommand command) {
        return command.isNamed("npm") && PackageManagerCommands.hasSubcommand(command, WITH_VALUE, "cache")
                && command.hasArgument("clean")
                || PackageManagerCommands.removesDirectory(command, "/root/.npm")
                || PackageManagerCommands.removesDirectory(command, "~/.npm")
                || PackageManagerCommands.removesDirectory(command, "$HOME/.npm");
    }
}
