package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.core.vuln.match.PackageUpgrade;

import java.util.List;

/**
 * "Upgrade these N packages": one line per package that a newer version fixes, for the vulnerabilities shown.
 *
 * @param headline {@code Upgrade these 2 packages to fix 3 of the vulnerabilities shown}; empty when none helps
 * @param lines    {@code org.apache.logging.log4j:log4j-core 2.14.1 → 2.15.0 (CVE-2021-44228)}
 */
public record UpgradeAdvice(String headline, List<String> lines) {

    public UpgradeAdvice {
        lines = List.copyOf(lines);
    }

    static UpgradeAdvice none() {
        return new UpgradeAdvice("", List.of());
    }

    static UpgradeAdvice of(List<PackageUpgrade> upgrades) {
        if (upgrades.isEmpty()) {
            return none();
        }
        int fixes = upgrades.stream().mapToInt(upgrade -> upgrade.fixes().size()).sum();
        String headline = "Upgrade " + (upgrades.size() == 1 ? "this package" : "these " + upgrades.size() + " packages")
                + " to fix " + fixes + (fixes == 1 ? " vulnerability" : " vulnerabilities") + " shown";
        List<String> lines = upgrades.stream().map(upgrade -> upgrade.matchedName() + " " + upgrade.installed() + " → "
                + upgrade.target() + " (" + String.join(", ", upgrade.fixes()) + ")").toList();
        return new UpgradeAdvice(headline, lines);
    }
}
