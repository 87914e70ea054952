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
 * DD3028 (Hadolint DL3028): {@code gem install rails} installs the newest release on the day of the
 * build. {@code rails:7.1.3} pins it, and so does {@code -v}/{@code --version} for the command; a local
 * {@code .gem} file is chosen already.
 */
public final class GemVersionsNotPinned extends UnpinnedPackageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3028", "Pin versions in gem install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3028"));

    private static final Set<String> WITH_VALUE = Set.of("-v", "--version", "-i", "--install-dir", "-n", "--bindir",
            "-s", "--source", "-P", "--trust-policy", "--platform", "-g", "--file", "--build-root");

    public GemVersionsNotPinned() {
        super(METADATA, List.of("gem"), Set.of("install", "i"), WITH_VALUE,
                "Pin the version of {package}: gem install {package}:<version>");
    }

    @Override
    List<ShellWord> packages(RunCommand found) {
        if (found.command().hasArgument("-v") || found.command().hasFlag("--version")) {
            return List.of();
        }
        return super.packages(found);
    }

    @Override
    boolean isPinned(ShellWord packageWord) {
        return packageWord.value().contains(":") || packageWord.value().endsWith(".gem");
    }
}
