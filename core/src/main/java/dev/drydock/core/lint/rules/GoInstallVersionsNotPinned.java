package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Set;

/**
 * DD3062 (Hadolint DL3062): {@code go install example.com/tool} resolves the module's newest version on
 * the day of the build. {@code example.com/tool@v1.2.3} pins it; {@code @latest} does not. Local
 * packages ({@code .}, {@code ./cmd/x}, absolute paths) come from the build context and need none.
 */
public final class GoInstallVersionsNotPinned extends UnpinnedPackageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3062", "Pin versions in go install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3062"));

    /** Build flags of {@code go install} written with their value as the next word. */
    private static final Set<String> WITH_VALUE = Set.of("-C", "-p", "-asmflags", "-buildmode", "-buildvcs",
            "-compiler", "-gccgoflags", "-gcflags", "-installsuffix", "-ldflags", "-mod", "-modfile", "-overlay",
            "-pgo", "-pkgdir", "-tags", "-toolexec");

    public GoInstallVersionsNotPinned() {
        super(METADATA, List.of("go"), Set.of("install"), WITH_VALUE,
                "Pin the version of {package}: go install {package}@<version>");
    }

    @Override
    boolean isPinned(ShellWord packageWord) {
        String value = packageWord.value();
        if (value.startsWith(".") || value.startsWith("/")) {
            return true;
        }
        int at = value.lastIndexOf('@');
        return at > 0 && at < value.length() - 1 && !value.substring(at + 1).equals("latest");
    }
}
