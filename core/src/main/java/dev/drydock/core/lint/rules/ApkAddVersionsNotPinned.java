package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Set;

/**
 * DD3018 (Hadolint DL3018): {@code apk add curl} installs whatever the Alpine mirror offers that day.
 * {@code curl=8.5.0-r0} pins it, {@code curl~8.5} pins the release line; a local {@code .apk} file is
 * chosen already. The name given to {@code --virtual} is not a package.
 */
public final class ApkAddVersionsNotPinned extends UnpinnedPackageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3018", "Pin versions in apk add",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3018"));

    public ApkAddVersionsNotPinned() {
        super(METADATA, List.of("apk"), Set.of("add"), ApkPackageOptions.WITH_VALUE,
                "Pin the version of {package}: apk add {package}=<version>");
    }

    @Override
    boolean isPinned(ShellWord packageWord) {
        String name = packageWord.value();
        return name.contains("=") || name.contains("~") || name.contains("<") || name.contains(">") || name.endsWith(".apk");
    }
}
