package dev.drydock.core.vuln.advice;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.vuln.match.PackageUpgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Raises the version a {@code RUN} install line pins a vulnerable language package to, to the minimal
 * fixed version of the report: {@code npm install lodash@4.17.20} → {@code lodash@4.17.21}. A pin is
 * bumped only when it names the very version found in the image, so a line that installs something
 * else is never touched. Safe for a patch release of a stable line, else needs review
 * ({@link VersionBump}).
 */
public final class PinBumpAdvice {

    private PinBumpAdvice() {
    }

    public static List<AdvisedFix> of(Dockerfile dockerfile, List<PackageUpgrade> upgrades) {
        List<PinnedInstall> pins = PinnedInstalls.of(dockerfile);
        List<AdvisedFix> fixes = new ArrayList<>();
        for (PackageUpgrade upgrade : upgrades) {
            PackageFact fact = upgrade.pkg().fact();
            for (PinnedInstall pin : pins) {
                if (pin.type() == fact.type() && sameName(pin, upgrade) && sameVersion(pin.version(), upgrade.installed())) {
                    fixes.add(bump(dockerfile, pin, upgrade));
                }
            }
        }
        return fixes;
    }

    private static AdvisedFix bump(Dockerfile dockerfile, PinnedInstall pin, PackageUpgrade upgrade) {
        String target = pin.version().startsWith("v") && !upgrade.target().startsWith("v")
                ? "v" + upgrade.target() : upgrade.target();
        Fix fix = Fix.of("Bump " + pin.name() + " to " + target + " in " + pin.command() + " install",
                VersionBump.safety(pin.version(), target), dockerfile.text(),
                List.of(TextEdit.replace(pin.versionStart(), pin.versionEnd(), target)));
        String description = pin.name() + " " + pin.version() + " → " + target + " (line "
                + dockerfile.lines().range(pin.versionStart(), pin.versionEnd()).start().line() + "), the smallest version"
                + " that fixes " + String.join(", ", upgrade.fixes()) + ".";
        return new AdvisedFix(AdvisedFix.Kind.BUMP_PINNED_PACKAGE, fix, description, upgrade.fixes());
    }

    private static boolean sameName(PinnedInstall pin, PackageUpgrade upgrade) {
        String matched = upgrade.matchedName();
        if (pin.type() == PackageType.PYPI) {
            return pep503(pin.name()).equals(pep503(matched)) || pep503(pin.name()).equals(pep503(upgrade.pkg().fact().name()));
        }
        if (pin.type() == PackageType.GOLANG) {
            return pin.name().equals(matched) || pin.name().startsWith(matched + "/");
        }
        return pin.name().equals(matched) || pin.name().equals(upgrade.pkg().fact().name());
    }

    private static boolean sameVersion(String pinned, String installed) {
        return strip(pinned).equals(strip(installed));
    }

    private static String strip(String version) {
        return version.startsWith("v") ? version.substring(1) : version;
    }

    private static String pep503(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }
}
