package dev.drydock.core.vuln.match;

import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.vuln.Ecosystem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an installed package, as the package analyzers report it, into the lookups advisories need.
 * Distribution packages are looked up by their <em>source</em> package and compared at the source version:
 * OSV's Debian, Ubuntu, Alpine, AlmaLinux and Rocky records name source packages and give the versions of
 * source uploads. A binNMU ({@code 1.2-3+b1} built from source {@code 1.2-3}) is thus compared as
 * {@code 1.2-3}: the rebuild carries the same code, and the fix is a new source upload. Red Hat records
 * name binary or source RPMs, so Red Hat packages are looked up both ways.
 */
final class PackageLookups {

    private PackageLookups() {
    }

    /**
     * The lookups for {@code fact}, or why there are none ({@link Result#skipped()} says so in a few words
     * shared by all packages skipped for the same reason).
     */
    static Result of(PackageFact fact, Optional<DistroRelease> distro, String osId) {
        switch (fact.type()) {
            case DEB:
                return distribution(fact, distro, osId, Ecosystem.DEBIAN, Ecosystem.UBUNTU);
            case APK:
                return distribution(fact, distro, osId, Ecosystem.ALPINE);
            case RPM:
                return distribution(fact, distro, osId, Ecosystem.RED_HAT, Ecosystem.ALMALINUX, Ecosystem.ROCKY_LINUX);
            case MAVEN:
                if (fact.namespace().isBlank()) {
                    return Result.skipped("no Maven group id (the jar was recognised by its file name only)");
                }
                return Result.of(language(Ecosystem.MAVEN, fact.namespace() + ":" + fact.name(), fact.version()));
            case NPM:
                String npmName = fact.namespace().isBlank() ? fact.name() : fact.namespace() + "/" + fact.name();
                return Result.of(language(Ecosystem.NPM, npmName, fact.version()));
            case PYPI:
                return Result.of(language(Ecosystem.PYPI, normalisePyPi(fact.name()), fact.version()));
            case GOLANG:
                String module = fact.namespace().isBlank() ? fact.name() : fact.namespace() + "/" + fact.name();
                return Result.of(language(Ecosystem.GO, module, withoutV(fact.version())));
            case GEM:
                return Result.of(language(Ecosystem.RUBYGEMS, fact.name(), fact.version()));
            default:
                return Result.skipped("Drydock has no advisories for " + fact.type().purlType() + " packages");
        }
    }

    private static Result distribution(PackageFact fact, Optional<DistroRelease> distro, String osId,
                                       Ecosystem... ecosystems) {
        if (distro.isEmpty()) {
            return Result.skipped(osId.isBlank()
                    ? "the image's distribution is unknown (no os-release)"
                    : "there are no advisories for the distribution '" + osId + "', or its os-release has no VERSION_ID");
        }
        DistroRelease release = distro.get();
        if (!List.of(ecosystems).contains(release.ecosystem())) {
            return Result.skipped(release.describe() + " does not use " + fact.type().purlType() + " packages");
        }
        String sourceName = fact.sourceName().isBlank() ? fact.name() : fact.sourceName();
        String sourceVersion = fact.sourceVersion().isBlank() ? fact.version() : fact.sourceVersion();
        PackageLookup bySource = new PackageLookup(release.ecosystem(), sourceName, sourceVersion, distro);
        if (release.ecosystem() == Ecosystem.RED_HAT && !sourceName.equals(fact.name())) {
            return Result.of(List.of(bySource,
                    new PackageLookup(release.ecosystem(), fact.name(), fact.version(), distro)));
        }
        return Result.of(List.of(bySource));
    }

    private static List<PackageLookup> language(Ecosystem ecosystem, String name, String version) {
        return List.of(new PackageLookup(ecosystem, name, version, Optional.empty()));
    }

    /** PEP 503: {@code Foo_Bar.baz} → {@code foo-bar-baz}. */
    static String normalisePyPi(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** Go build info writes {@code v1.2.3}; OSV's Go records write {@code 1.2.3}. */
    static String withoutV(String version) {
        return version.startsWith("v") ? version.substring(1) : version;
    }

    /** The lookups of one package, or (when {@code lookups} is empty) why it is not matched. */
    record Result(List<PackageLookup> lookups, String skipped) {

        static Result of(List<PackageLookup> lookups) {
            return new Result(List.copyOf(lookups), "");
        }

        static Result skipped(String reason) {
            return new Result(List.of(), reason);
        }
    }
}
