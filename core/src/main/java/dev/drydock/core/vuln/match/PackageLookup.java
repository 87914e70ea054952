package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.osv.OsvAffected;

import java.util.Optional;

/**
 * How one installed package is looked up in advisories: the ecosystem, the name advisories use, the version
 * they compare, and for distribution packages the release they must be scoped to.
 */
record PackageLookup(Ecosystem ecosystem, String name, String version, Optional<DistroRelease> distro) {

    /** Whether {@code affected} names this package in this ecosystem (and, for distributions, this release). */
    boolean accepts(OsvAffected affected) {
        Optional<Ecosystem> named = Ecosystem.ofOsv(affected.ecosystem());
        if (named.isEmpty() || named.get() != ecosystem || !sameName(affected.name())) {
            return false;
        }
        return distro.map(release -> release.covers(Ecosystem.releaseOf(affected.ecosystem()))).orElse(true);
    }

    private boolean sameName(String advisoryName) {
        if (ecosystem == Ecosystem.PYPI) {
            return PackageLookups.normalisePyPi(advisoryName).equals(name);
        }
        return advisoryName.strip().equals(name);
    }

    /** {@code org.apache.logging.log4j:log4j-core 2.14.1 (Maven)}, for notes. */
    String describe() {
        return name + " " + version + " (" + ecosystem.osvName() + ")";
    }
}
