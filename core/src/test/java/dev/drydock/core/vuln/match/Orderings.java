package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.version.AlpineVersionOrdering;
import dev.drydock.core.vuln.version.DebianVersionOrdering;
import dev.drydock.core.vuln.version.GoVersionOrdering;
import dev.drydock.core.vuln.version.MavenVersionOrdering;
import dev.drydock.core.vuln.version.Pep440VersionOrdering;
import dev.drydock.core.vuln.version.RpmVersionOrdering;
import dev.drydock.core.vuln.version.RubyGemsVersionOrdering;
import dev.drydock.core.vuln.version.SemVerOrdering;
import dev.drydock.core.vuln.version.VersionOrdering;

/** The real version ordering of each ecosystem, for matching tests. */
public final class Orderings {

    private Orderings() {
    }

    public static VersionOrdering of(Ecosystem ecosystem) {
        switch (ecosystem) {
            case DEBIAN:
            case UBUNTU:
                return new DebianVersionOrdering();
            case ALPINE:
                return new AlpineVersionOrdering();
            case RED_HAT:
            case ALMALINUX:
            case ROCKY_LINUX:
                return new RpmVersionOrdering();
            case MAVEN:
                return new MavenVersionOrdering();
            case NPM:
                return new SemVerOrdering();
            case PYPI:
                return new Pep440VersionOrdering();
            case GO:
                return new GoVersionOrdering();
            case RUBYGEMS:
                return new RubyGemsVersionOrdering();
            default:
                throw new IllegalArgumentException(ecosystem.name());
        }
    }
}
