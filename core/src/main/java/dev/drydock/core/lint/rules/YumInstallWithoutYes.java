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
 * DD3030 (Hadolint DL3030): {@code yum install} asks "Is this ok [y/N]"; in a build nobody answers and
 * the install aborts. {@code -y} or {@code --assumeyes} answers it.
 */
public final class YumInstallWithoutYes extends MissingInstallOptionRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3030", "Use -y with yum install",
            Severity.WARNING, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3030"));

    public YumInstallWithoutYes() {
        super(METADATA, List.of("yum"), Set.of("install", "groupinstall", "localinstall", "reinstall"),
                RpmPackageOptions.YUM_WITH_VALUE, "-y", "yum would wait for a confirmation that never comes: add -y");
    }

    @Override
    boolean isSatisfied(RuleContext context, RunCommand found) {
        return found.command().hasFlag("-y") || found.command().hasFlag("--assumeyes");
    }
}
