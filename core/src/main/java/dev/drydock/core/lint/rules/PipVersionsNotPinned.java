package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PipCommands.PipInstall;

import java.util.List;

/**
 * DD3013 (Hadolint DL3013): {@code pip install requests} installs the newest release on the day of the
 * build. A version specifier ({@code ==}, {@code >=}, {@code ~=}, ...) or a direct reference
 * ({@code name @ url}) chooses one; a path, a URL or an archive ({@code .whl}, {@code .tar.gz}) is chosen
 * already; requirement and constraint files ({@code -r}, {@code -c}) are the author's to pin.
 */
public final class PipVersionsNotPinned implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3013", "Pin versions in pip install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3013"));

    private static final List<String> SPECIFIERS = List.of("=", "<", ">", "~", "@");
    private static final List<String> ARCHIVES = List.of(".whl", ".tar.gz", ".tgz", ".zip", ".tar.bz2");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (PipInstall install : PipCommands.installs(context)) {
            for (ShellWord requirement : PipCommands.requirements(install)) {
                if (!PackageManagerCommands.isVariable(requirement) && !isPinned(requirement.value())) {
                    context.report(requirement.range(), "Pin the version of " + requirement.value()
                            + ": pip install " + requirement.value() + "==<version>");
                }
            }
        }
    }

    private static boolean isPinned(String requirement) {
        return SPECIFIERS.stream().anyMatch(requirement::contains)
                || requirement.contains("/") || requirement.equals(".")
                || ARCHIVES.stream().anyMatch(requirement::endsWith);
    }
}
