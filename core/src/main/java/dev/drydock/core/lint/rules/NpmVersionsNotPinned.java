package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Set;

/**
 * DD3016 (Hadolint DL3016): {@code npm install express} installs the newest release on the day of the
 * build. {@code express@4.19.2} (or a tag, or a range) chooses one; a git URL with {@code #commit}, a
 * tarball and a folder are chosen already. {@code npm install} without packages installs from
 * {@code package.json} (and its lock file) and is not reported.
 */
public final class NpmVersionsNotPinned extends UnpinnedPackageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3016", "Pin versions in npm install",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3016"));

    private static final Set<String> WITH_VALUE = Set.of("--prefix", "--registry", "--cache", "--tag", "-w",
            "--workspace", "--omit", "--include", "--userconfig", "--install-strategy");
    private static final List<String> GIT = List.of("git://", "git+ssh://", "git+http://", "git+https://");
    private static final List<String> FOLDERS = List.of("/", "./", "../", "~/");
    private static final List<String> TARBALLS = List.of(".tar", ".tar.gz", ".tgz");

    public NpmVersionsNotPinned() {
        super(METADATA, List.of("npm"), Set.of("install", "i", "add"), WITH_VALUE,
                "Pin the version of {package}: npm install {package}@<version>");
    }

    @Override
    boolean isPinned(ShellWord packageWord) {
        String name = packageWord.value();
        if (GIT.stream().anyMatch(name::startsWith)) {
            return name.contains("#");
        }
        if (TARBALLS.stream().anyMatch(name::endsWith) || FOLDERS.stream().anyMatch(name::startsWith)) {
            return true;
        }
        String unscoped = name.startsWith("@") ? name.substring(Math.max(name.indexOf('/'), 1)) : name;
        return unscoped.contains("@");
    }
}
