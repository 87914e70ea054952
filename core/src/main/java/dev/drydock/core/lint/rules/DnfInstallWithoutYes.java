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
 * DD3038 (Hadolint DL3038): {@code dnf install} (and {@code microdnf install}) asks "Is this ok [y/N]";
 * in a build nobody answers and the install aborts. {@code -y} or {@code --assumeyes} answers it.
 */
public final class DnfInstallWithoutYes extends MissingInstallOptionRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3038", "Use -y with dnf install",
            Severity.WARNING, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3038"));

    public DnfInstallWithoutYes() {
        super(METADATA, List.of("dnf", "microdnf"), Set.of("install", "groupinstall", "reinstall"),
                RpmPackageOptions.YUM_WITH_VALUE, "-y", "dnf would wait for a confirmation that never comes: add -y");
    }

    @Override
    boolean isSatisfied(RuleContext context, RunCommand found) {
        return found.command().hasFlag("-y") || found.command().hasFlag("--assumeyes");
    }
}
