package dev.drydock.core.vuln.advice;

import dev.drydock.core.image.scan.PackageType;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The package manager an upgrade step is written for, and the step itself. Each step cleans up after
 * itself in the same {@code RUN} the way the project's own rules ask (lists removed, {@code --no-cache},
 * {@code clean all}), answers yes without asking, and names only the packages to upgrade, so it cannot
 * turn into a whole-system upgrade.
 */
public enum OsPackageManager {
    APT_GET(PackageType.DEB, "apt-get", "apt-get update && apt-get install -y --no-install-recommends --only-upgrade",
            " && rm -rf /var/lib/apt/lists/*"),
    APK(PackageType.APK, "apk", "apk upgrade --no-cache", ""),
    DNF(PackageType.RPM, "dnf", "dnf upgrade -y", " && dnf clean all"),
    MICRODNF(PackageType.RPM, "microdnf", "microdnf upgrade -y", " && microdnf clean all"),
    YUM(PackageType.RPM, "yum", "yum update -y", " && yum clean all");

    /** Where each RPM front-end's program is, most specific first: UBI minimal images have only microdnf. */
    private static final List<OsPackageManager> RPM_BY_PREFERENCE = List.of(MICRODNF, DNF, YUM);

    private final PackageType packageType;
    private final String command;
    private final String upgrade;
    private final String cleanup;

    OsPackageManager(PackageType packageType, String command, String upgrade, String cleanup) {
        this.packageType = packageType;
        this.command = command;
        this.upgrade = upgrade;
        this.cleanup = cleanup;
    }

    public PackageType packageType() {
        return packageType;
    }

    /** The program's name ({@code apt-get}, {@code microdnf}). */
    public String command() {
        return command;
    }

    /** The command that upgrades {@code packages}, each written after {@code separator} (a space, or a line continuation). */
    public String upgradeCommand(List<String> packages, String separator) {
        StringBuilder line = new StringBuilder(upgrade);
        for (String name : packages) {
            line.append(separator).append(name);
        }
        return line.append(cleanup).toString();
    }

    /** The commands that belong to this manager's family, for finding the stage's own install steps. */
    public List<String> familyCommands() {
        return switch (packageType) {
            case DEB -> List.of("apt-get", "apt", "dpkg");
            case APK -> List.of("apk");
            default -> List.of("dnf", "microdnf", "yum", "rpm");
        };
    }

    /**
     * The manager for OS packages of {@code type}: for RPM images the front-end the stage already uses
     * ({@code usedInStage}, the last one written), else the one the image has ({@code imageHas} answers
     * for paths such as {@code usr/bin/microdnf}), else dnf.
     */
    public static Optional<OsPackageManager> forPackages(PackageType type, Optional<String> usedInStage,
                                                        Predicate<String> imageHas) {
        return switch (type) {
            case DEB -> Optional.of(APT_GET);
            case APK -> Optional.of(APK);
            case RPM -> Optional.of(rpmFrontEnd(usedInStage, imageHas));
            default -> Optional.empty();
        };
    }

    private static OsPackageManager rpmFrontEnd(Optional<String> usedInStage, Predicate<String> imageHas) {
        for (OsPackageManager manager : RPM_BY_PREFERENCE) {
            if (usedInStage.filter(manager.command::equals).isPresent()) {
                return manager;
            }
        }
        for (OsPackageManager manager : List.of(DNF, MICRODNF, YUM)) {
            if (imageHas.test("usr/bin/" + manager.command) || imageHas.test("bin/" + manager.command)) {
                return manager;
            }
        }
        return DNF;
    }
}
