package dev.drydock.core.lint.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DD3015 (Hadolint DL3015): by default {@code apt-get install} also installs every "recommended"
 * package, often doubling the image and its attack surface. {@code --no-install-recommends} (or
 * {@code -o APT::Install-Recommends=false}) installs only what was asked for and its dependencies.
 */
public final class AptGetWithoutNoInstallRecommends extends MissingInstallOptionRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3015",
            "Use --no-install-recommends with apt-get install", Severity.INFO, RuleCategory.IMAGE_SIZE,
            RuleReferences.none().withHadolint("DL3015").withCisDockerBenchmark("4.3"));

    public AptGetWithoutNoInstallRecommends() {
        super(METADATA, List.of("apt-get"), Set.of("install"), AptPackageOptions.WITH_VALUE, "--no-install-recommends",
                "apt-get installs recommended packages too: add --no-install-recommends");
    }

    @Override
    boolean isSatisfied(RuleContext context, RunCommand found) {
        if (found.command().hasFlag("--no-install-recommends")) {
            return true;
        }
        for (String argument : found.command().argumentValues()) {
            String lower = argument.toLowerCase(Locale.ROOT);
            if (lower.equals("apt::install-recommends=false") || lower.equals("apt::install-recommends=0")) {
                return true;
            }
        }
        return false;
    }
}
