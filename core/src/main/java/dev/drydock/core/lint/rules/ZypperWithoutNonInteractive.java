package dev.drydock.core.lint.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.List;
import java.util.Set;

/**
 * DD3034 (Hadolint DL3034): {@code zypper install} asks "Continue? [y/n/v/...]"; in a build nobody
 * answers. The global {@code -n} ({@code --non-interactive}) or the command's {@code -y}
 * ({@code --no-confirm}) answers it.
 */
public final class ZypperWithoutNonInteractive extends MissingInstallOptionRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3034", "Use -y or -n with zypper",
            Severity.WARNING, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3034"));

    public ZypperWithoutNonInteractive() {
        super(METADATA, List.of("zypper"), Set.of("install", "in", "remove", "rm", "source-install", "si", "patch"),
                RpmPackageOptions.ZYPPER_WITH_VALUE, "-y", "zypper would wait for a confirmation that never comes: add -y");
    }

    @Override
    boolean isSatisfied(RuleContext context, RunCommand found) {
        return found.command().hasFlag("-y") || found.command().hasFlag("--no-confirm")
                || found.command().hasFlag("-n") || found.command().hasFlag("--non-interactive");
    }
}
