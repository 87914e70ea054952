package dev.drydock.core.vuln.match;

import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.vuln.Ecosystem;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution release an image runs, as OSV scopes distribution advisories: {@code Debian:12} from
 * {@code VERSION_ID=12}, {@code Ubuntu:22.04:LTS} from {@code 22.04}, {@code Alpine:v3.19} from
 * {@code 3.19.1}, {@code AlmaLinux:9} / {@code Rocky Linux:9} / Red Hat {@code enterprise_linux:9::baseos}
 * from {@code 9.3}.
 *
 * @param ecosystem the advisory ecosystem of the distribution
 * @param release   the release as the image's os-release gives it ({@code 12}, {@code 22.04}, {@code 3.19.1}, {@code 9.3})
 */
record DistroRelease(Ecosystem ecosystem, String release) {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)(?:\\.(\\d+))?");

    /** The release of an os-release; empty for distributions without OSV advisories (CentOS, Amazon Linux…) or without VERSION_ID. */
    static Optional<DistroRelease> of(OsReleaseFact os) {
        Ecosystem ecosystem;
        switch (os.id().strip().toLowerCase(Locale.ROOT)) {
            case "debian":
                ecosystem = Ecosystem.DEBIAN;
                break;
            case "ubuntu":
                ecosystem = Ecosystem.UBUNTU;
                break;
            case "alpine":
                ecosystem = Ecosystem.ALPINE;
                break;
            case "rhel":
                ecosystem = Ecosystem.RED_HAT;
                break;
            case "almalinux":
                ecosystem = Ecosystem.ALMALINUX;
                break;
            case "rocky":
                ecosystem = Ecosystem.ROCKY_LINUX;
                break;
            default:
                return Optional.empty();
        }
        String release = os.versionId().strip();
        return MAJOR_MINOR.matcher(release).find() ? Optional.of(new DistroRelease(ecosystem, release)) : Optional.empty();
    }

    /** {@code Debian 12}, for notes. */
    String describe() {
        return ecosystem.osvName() + " " + release;
    }

    /**
     * Whether an advisory scoped to {@code osvRelease} (the part after the first colon of its ecosystem,
     * empty when unscoped) applies to this release. Unscoped advisories apply to every release. Ubuntu
     * accepts {@code 22.04}, {@code 22.04:LTS} and the Ubuntu Pro variants {@code Pro:22.04[:LTS]} (fixes
     * there need a Pro subscription, but the installed version is affected all the same); other Ubuntu
     * streams (FIPS…) are not this image's.
     */
    boolean covers(String osvRelease) {
        String scope = osvRelease.strip();
        if (scope.isEmpty()) {
            return true;
        }
        Matcher version = MAJOR_MINOR.matcher(release);
        version.find();
        String major = version.group(1);
        String majorMinor = version.group(2) == null ? major : major + "." + version.group(2);
        switch (ecosystem) {
            case DEBIAN:
                return scope.equals(major);
            case UBUNTU:
                String stream = scope.startsWith("Pro:") ? scope.substring("Pro:".length()) : scope;
                return stream.equals(majorMinor) || stream.equals(majorMinor + ":LTS");
            case ALPINE:
                return scope.equals("v" + majorMinor);
            case RED_HAT:
                return majorOfRedHatStream(scope).equals(major);
            default:
                return scope.equals(major) || scope.startsWith(major + ".");
        }
    }

    /** {@code enterprise_linux:9::baseos} → {@code 9}; {@code rhel_eus:8.4::appstream} → {@code 8}. */
    private static String majorOfRedHatStream(String cpe) {
        String[] parts = cpe.split(":");
        if (parts.length < 2) {
            return "";
        }
        Matcher version = MAJOR_MINOR.matcher(parts[1]);
        return version.find() ? version.group(1) : "";
    }
}
