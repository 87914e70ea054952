package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;

/**
 * DD3036 (Hadolint DL3036): {@code zypper install} keeps repository metadata and packages in
 * {@code /var/cache/zypp}; unless the same RUN ends with {@code zypper clean} (or {@code zypper cc}),
 * they ship in the layer.
 */
public final class ZypperCacheNotCleaned extends MissingCleanupRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3036", "Run zypper clean after zypper install",
            Severity.WARNING, RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL3036"));

    public ZypperCacheNotCleaned() {
        super(METADATA, "zypper clean --all", "zypper leaves its cache in this layer: end the RUN with zypper clean --all",
                List.of("/var/cache/zypp"));
    }

    @Override
    boolean fillsCache(ShellCommand command) {
        return command.isNamed("zypper") && PackageManagerCommands.hasSubcommand(command, RpmPackageOptions.ZYPPER_WITH_VALUE,
                "install", "in", "source-install", "si", "patch", "update", "up", "dist-upgrade", "dup", "refresh", "ref");
    }

    @Override
    boolean cleansCache(ShellCommand command) {
        return command.isNamed("zypper")
                && PackageManagerCommands.hasSubcommand(command, RpmPackageOptions.ZYPPER_WITH_VALUE, "clean", "cc")
                || PackageManagerCommands.removesDirectory(command, "/var/cache/zypp");
    }
}
