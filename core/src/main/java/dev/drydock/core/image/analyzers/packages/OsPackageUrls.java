package dev.drydock.core.image.analyzers.packages;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the distribution into OS package purls once the image's os-release is known: the package
 * analyzers see one file each and can only name the database's own family ({@code debian} for dpkg,
 * {@code alpine} for apk, the vendor for rpm). For the image assembly.
 */
public final class OsPackageUrls {

    private static final Map<String, String> NAMESPACE_OF_ID = Map.of("rhel", "redhat", "amzn", "amazon",
            "ol", "oracle");

    private OsPackageUrls() {
    }

    /**
     * {@code pkg:deb/debian/libc6@2.36-9?arch=amd64} in an Ubuntu 22.04 image becomes
     * {@code pkg:deb/ubuntu/libc6@2.36-9?arch=amd64&distro=ubuntu-22.04} with namespace {@code ubuntu}.
     * Language packages, facts without a purl and an os-release without ID are returned unchanged;
     * an rpm purl keeps the vendor namespace it was read with.
     */
    public static PackageFact forDistribution(PackageFact fact, OsReleaseFact os) {
        String id = os.id().toLowerCase(Locale.ROOT);
        if (!fact.type().isOsPackage() || fact.purl().isEmpty() || id.isBlank()) {
            return fact;
        }
        try {
            PackageURL purl = new PackageURL(fact.purl());
            String namespace = purl.getNamespace() != null && fact.type().purlType().equals("rpm")
                    ? purl.getNamespace() : NAMESPACE_OF_ID.getOrDefault(id, id);
            TreeMap<String, String> qualifiers = purl.getQualifiers() == null
                    ? new TreeMap<>() : new TreeMap<>(purl.getQualifiers());
            qualifiers.put("distro", os.versionId().isBlank() ? id : id + "-" + os.versionId());
            String rebuilt = new PackageURL(purl.getType(), namespace, purl.getName(), purl.getVersion(),
                    qualifiers, purl.getSubpath()).canonicalize();
            return new PackageFact(fact.type(), namespace, fact.name(), fact.version(), fact.sourceName(),
                    fact.sourceVersion(), fact.arch(), fact.license(), rebuilt, fact.path());
        } catch (MalformedPackageURLException e) {
            return fact;
        }
    }
}
