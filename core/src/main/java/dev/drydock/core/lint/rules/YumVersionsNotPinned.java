package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.List;
import java.util.Set;

/**
 * DD3033 (Hadolint DL3033): {@code yum install curl} installs the newest version in the repositories on the
 * day of the build. {@code curl-8.6.0} pins it; module streams ({@code nodejs:20}), groups
 * ({@code @development}), {@code .rpm} files, paths and URLs are chosen already.
 */
public final class YumVersionsNotPinned extends UnpinnedPackageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3033", "Pin versions in yum install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3033"));

    public YumVersionsNotPinned() {
        super(METADATA, List.of("yum"), Set.of("install"), RpmPackageOptions.YUM_WITH_VALUE,
                "Pin the version of {package}: yum install {package}-<version>");
    }

    @Override
    List<ShellWord> packages(RunCommand found) {
        return RpmPackageOptions.yumPackages(found.command());
    }

    @Override
    boolean isPinned(ShellWord packageWord) {
        return RpmPackageOptions.isRpmPinned(packageWord.value());
    }
}
