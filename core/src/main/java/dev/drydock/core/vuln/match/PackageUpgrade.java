package dev.drydock.core.vuln.match;

import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.PackageFact;

import java.util.List;
import java.util.Objects;

/**
 * Fix advice for one package: the one version that fixes all of its fixable matches.
 *
 * @param matchedName    the name advisories know it by (for distributions the source package: upgrading
 *                       it means upgrading the binary packages built from it)
 * @param installed      the version compared
 * @param target         the smallest version none of the fixable advisories affects
 * @param fixes          ids of the matches it fixes (display ids)
 */
public record PackageUpgrade(Located<PackageFact> pkg, String matchedName, String installed, String target,
                             List<String> fixes) {

    public PackageUpgrade {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(target, "target");
        fixes = List.copyOf(fixes);
    }
}
