package dev.drydock.core.vuln.version;

import dev.drydock.core.vuln.Ecosystem;

/** The version ordering of each ecosystem: what matching compares installed and affected versions with. */
public final class VersionOrderings {

    private VersionOrderings() {
    }

    /** The ordering {@code ecosystem}'s own tools use; the orderings are stateless, so a new one each call is fine. */
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
                throw new IllegalArgumentException("no version ordering for " + ecosystem);
        }
    }
}
