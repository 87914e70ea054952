package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Set;

/**
 * DD3008 (Hadolint DL3008): {@code apt-get install curl} installs whatever version the mirror has that
 * day, so two builds of one Dockerfile differ. {@code curl=8.5.0-2} pins it; a release
 * ({@code curl/bookworm-backports}) or a local {@code .deb} file counts as chosen too, as in Hadolint.
 */
public final class AptGetVersionsNotPinned extends UnpinnedPackageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3008", "Pin versions in apt-get install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3008"));

    public AptGetVersionsNotPinned() {
        super(METADATA, List.of("apt-get"), Set.of("install"), AptPackageOptions.WITH_VALUE,
                "Pin the version of {package}: apt-get install {package}=<version>");
    }

    @Override
    boolean isPinned(ShellWord packageWord) {
        String name = packageWord.value();
        return name.contains("=") || name.contains("/") || name.endsWith(".deb");
    }
}
