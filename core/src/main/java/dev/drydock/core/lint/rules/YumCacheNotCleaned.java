package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;

/**
 * DD3032 (Hadolint DL3032): {@code yum install} keeps repository metadata and packages in
 * {@code /var/cache/yum}; unless the same RUN ends with {@code yum clean all} (or removes the cache),
 * they ship in the layer.
 */
public final class YumCacheNotCleaned extends MissingCleanupRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3032", "Run yum clean all after yum install",
            Severity.WARNING, RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL3032"));

    public YumCacheNotCleaned() {
        super(METADATA, "yum clean all", "yum leaves its cache in this layer: end the RUN with yum clean all",
                List.of("/var/cache/yum"));
    }

    @Override
    boolean fillsCache(ShellCommand command) {
        return command.isNamed("yum")
                && PackageManagerCommands.hasSubcommand(command, RpmPackageOptions.YUM_WITH_VALUE, "install", "groupinstall",
                "localinstall", "reinstall", "update", "upgrade", "makecache");
    }

    @Override
    boolean cleansCache(ShellCommand command) {
        return command.isNamed("yum") && PackageManagerCommands.hasSubcommand(command, RpmPackageOptions.YUM_WITH_VALUE, "clean")
                && command.hasArgument("all")
                || PackageManagerCommands.removesDirectory(command, "/var/cache/yum");
    }
}
