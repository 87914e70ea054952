package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;

/**
 * DD3040 (Hadolint DL3040): {@code dnf install} (and {@code microdnf install}) keeps repository
 * metadata and packages in {@code /var/cache/dnf}; unless the same RUN ends with {@code dnf clean all}
 * (or removes the cache), they ship in the layer.
 */
public final class DnfCacheNotCleaned extends MissingCleanupRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3040", "Run dnf clean all after dnf install",
            Severity.WARNING, RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL3040"));

    public DnfCacheNotCleaned() {
        super(METADATA, "dnf clean all", "dnf leaves its cache in this layer: end the RUN with dnf clean all",
                List.of("/var/cache/dnf", "/var/cache/libdnf5"));
    }

    @Override
    boolean fillsCache(ShellCommand command) {
        return command.isNamed("dnf", "microdnf")
                && PackageManagerCommands.hasSubcommand(command, RpmPackageOptions.YUM_WITH_VALUE, "install", "groupinstall",
                "reinstall", "update", "upgrade", "makecache");
    }

    @Override
    boolean cleansCache(ShellCommand command) {
        return command.isNamed("dnf", "microdnf")
                && PackageManagerCommands.hasSubcommand(command, RpmPackageOptions.YUM_WITH_VALUE, "clean")
                && command.hasArgument("all")
                || PackageManagerCommands.removesDirectory(command, "/var/cache/dnf")
                || PackageManagerCommands.removesDirectory(command, "/var/cache/yum");
    }

    @Override
    String cleanupAfter(ShellCommand filler) {
        return filler.baseName() + " clean all"; // microdnf images have no dnf
    }
}
