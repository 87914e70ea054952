package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellWord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the yum, dnf and zypper rules share: options that take a value, and what a pinned package looks like. */
final class RpmPackageOptions {

    /** Options of yum, dnf and microdnf that take the next word as their value. */
    static final Set<String> YUM_WITH_VALUE = Set.of("-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel",
            "--installroot", "--releasever", "--enablerepo", "--disablerepo", "-x", "--exclude", "--repo", "--repoid",
            "--repofrompath", "--setopt", "--forcearch", "--destdir", "--downloaddir", "--color", "--comment");

    /** Options of zypper that take the next word as their value. */
    static final Set<String> ZYPPER_WITH_VALUE = Set.of("-c", "--config", "-R", "--root", "-r", "--repo", "-t", "--type",
            "--from", "-D", "--reposd-dir", "-C", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir",
            "--installroot");

    private RpmPackageOptions() {
    }

    /**
     * The packages of {@code yum install a b} or {@code dnf module install nodejs:20}; module streams
     * are packages here too.
     */
    static List<ShellWord> yumPackages(ShellCommand command) {
        Optional<ShellWord> sub = PackageManagerCommands.subcommand(command, YUM_WITH_VALUE);
        if (sub.isEmpty()) {
            return List.of();
        }
        List<ShellWord> operands = PackageManagerCommands.operands(command, YUM_WITH_VALUE);
        if (sub.get().value().equals("module") && !operands.isEmpty() && operands.get(0).value().equals("install")) {
            return operands.subList(1, operands.size());
        }
        return Set.of("install", "groupinstall", "reinstall").contains(sub.get().value()) ? operands : new ArrayList<>();
    }

    /**
     * Whether an rpm package word names its version: {@code curl-8.6.0}, {@code nodejs:20}, a
     * {@code .rpm} file, a path or URL. A dash followed by a digit is taken as the version; Hadolint takes
     * any dash, which would call {@code python3-pip} pinned.
     */
    static boolean isRpmPinned(String name) {
        for (int i = 0; i + 1 < name.length(); i++) {
            if (name.charAt(i) == '-' && Character.isDigit(name.charAt(i + 1))) {
                return true;
            }
        }
        return name.startsWith("@") || name.contains(":") || name.contains("/") || name.endsWith(".rpm");
    }
}
