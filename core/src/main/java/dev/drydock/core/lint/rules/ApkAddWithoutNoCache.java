package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.List;
import java.util.Set;

/**
 * DD3019 (Hadolint DL3019): {@code apk add --no-cache} fetches a fresh index and keeps neither it
 * nor the packages in {@code /var/cache/apk}; without it the RUN needs {@code apk update} before and
 * {@code rm -rf /var/cache/apk/*} after. A RUN that does remove {@code /var/cache/apk}, or puts it on a
 * cache mount, leaves nothing behind and is not reported.
 */
public final class ApkAddWithoutNoCache extends MissingInstallOptionRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3019", "Use --no-cache with apk add",
            Severity.INFO, RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL3019"));

    private static final String CACHE = "/var/cache/apk";

    public ApkAddWithoutNoCache() {
        super(METADATA, List.of("apk"), Set.of("add"), ApkPackageOptions.WITH_VALUE, "--no-cache",
                "apk keeps its index and packages in /var/cache/apk: add --no-cache");
    }

    @Override
    boolean isSatisfied(RuleContext context, RunCommand found) {
        if (found.command().hasFlag("--no-cache") || PackageManagerCommands.isCacheMounted(found.run(), CACHE)) {
            return true;
        }
        for (ShellScript script : context.shellScripts(found.run())) {
            for (ShellCommand command : script.commandsNamed("rm")) {
                if (command.argumentValues().stream().anyMatch(path -> path.equals(CACHE) || path.startsWith(CACHE + "/"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
