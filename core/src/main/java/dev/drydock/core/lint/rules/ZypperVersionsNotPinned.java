package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Set;

/**
 * DD3037 (Hadolint DL3037): {@code zypper install curl} installs the newest version in the
 * repositories on the day of the build. {@code curl=8.6.0} (or {@code >=}, {@code <=}) chooses one;
 * {@code .rpm} files, paths and URLs are chosen already.
 */
public final class ZypperVersionsNotPinned extends UnpinnedPackageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3037", "Pin versions in zypper install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3037"));

    public ZypperVersionsNotPinned() {
        super(METADATA, List.of("zypper"), Set.of("install", "in"), RpmPackageOptions.ZYPPER_WITH_VALUE,
                "Pin the version of {package}: zypper install {package}=<version>");
    }

    @Override
    boolean isPinned(ShellWord packageWord) {
        String name = packageWord.value();
        return name.contains("=") || name.contains("<") || name.contains(">") || name.contains("/") || name.endsWith(".rpm");
    }
}
