package dev.drydock.core.image.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Package URL an SBOM gives a package: the analyzer's own purl in canonical form when it is a
 * valid one, otherwise one built from the package's fields (with {@code arch} and {@code distro}
 * qualifiers for OS packages). Empty when not even a name is known.
 */
final class PackageUrls {

    private PackageUrls() {
    }

    static Optional<String> of(PackageFact pkg, Optional<OsReleaseFact> os) {
        if (!pkg.purl().isBlank()) {
            try {
                PackageURL given = new PackageURL(pkg.purl().trim());
                if (given.getType().equals(pkg.type().purlType())) {
                    return Optional.of(repairEncoding(given.canonicalize()));
                }
            } catch (MalformedPackageURLException e) {
                // fall through: build one from the fields
            }
        }
        return build(pkg, os);
    }

    private static Optional<String> build(PackageFact pkg, Optional<OsReleaseFact> os) {
        if (pkg.name().isBlank()) {
            return Optional.empty();
        }
        String namespace = pkg.namespace();
        String name = pkg.name();
        if (pkg.type() == PackageType.GOLANG && namespace.isEmpty() && name.contains("/")) {
            namespace = name.substring(0, name.lastIndexOf('/'));
            name = name.substring(name.lastIndexOf('/') + 1);
        }
        TreeMap<String, String> qualifiers = new TreeMap<>();
        if (pkg.type().isOsPackage()) {
            if (namespace.isEmpty()) {
                namespace = os.map(OsReleaseFact::id).filter(id -> !id.isBlank()).orElse(defaultVendor(pkg.type()));
            }
            if (!pkg.arch().isBlank()) {
                qualifiers.put("arch", pkg.arch());
            }
            os.filter(release -> !release.id().isBlank() && !release.versionId().isBlank())
                    .ifPresent(release -> qualifiers.put("distro", release.id() + "-" + release.versionId()));
        }
        try {
            return Optional.of(new PackageURL(pkg.type().purlType(), emptyToNull(namespace), name,
                    emptyToNull(pkg.version()), qualifiers.isEmpty() ? null : qualifiers, null).canonicalize())
                    .map(PackageUrls::repairEncoding);
        } catch (MalformedPackageURLException e) {
            return Optional.empty();
        }
    }

    /**
     * packageurl-java 1.5.0 percent-encodes bytes above 0x7F sign-extended ({@code é} as
     * {@code %FFFFFFC3%FFFFFFA9}); a real {@code %} is always {@code %25}, so the run of {@code F}s can
     * only come from that bug and is dropped, giving the UTF-8 encoding the spec asks for.
     */
    static String repairEncoding(String purl) {
        return purl.replace("%FFFFFF", "%");
    }

    private static String defaultVendor(PackageType type) {
        return switch (type) {
            case DEB -> "debian";
            case APK -> "alpine";
            default -> "";
        };
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
