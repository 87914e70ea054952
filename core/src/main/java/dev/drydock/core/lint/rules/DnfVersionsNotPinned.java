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
 * DD3041 (Hadolint DL3041): {@code dnf install curl} installs the newest version in the repositories on the
 * day of the build. {@code curl-8.6.0} pins it; module streams ({@code nodejs:20}), groups
 * ({@code @development}), {@code .rpm} files, paths and URLs are chosen already.
 */
public final class DnfVersionsNotPinned extends UnpinnedPackageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3041", "Pin versions in dnf install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3041"));

    public DnfVersionsNotPinned() {
        super(METADATA, List.of("dnf", "microdnf"), Set.of("install"), RpmPackageOptions.YUM_WITH_VALUE,
                "Pin the version of {package}: dnf install {package}-<version>");
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
