package dev.drydock.core.image.analyzers.packages;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.drydock.core.image.scan.PackageType;

import java.util.Map;
import java.util.TreeMap;

/**
 * Builds Package URLs ({@code pkg:type/namespace/name@version?qualifiers}) with the packageurl-java
 * library, which does the percent-encoding and the normalisation the purl specification asks for.
 */
public final class PackageUrls {

    private PackageUrls() {
    }

    /**
     * The canonical purl, or an empty string when the parts cannot form one (no name, a character
     * the specification forbids): a package without a purl is still listed, just not matchable.
     *
     * @param namespace  may be empty
     * @param version    may be empty
     * @param qualifiers empty values are left out
     */
    public static String of(PackageType type, String namespace, String name, String version,
                            Map<String, String> qualifiers) {
        if (name == null || name.isBlank()) {
            return "";
        }
        TreeMap<String, String> kept = new TreeMap<>();
        qualifiers.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(key, value);
            }
        });
        try {
            return new PackageURL(type.purlType(), blankToNull(namespace), name, blankToNull(version),
                    kept.isEmpty() ? null : kept, null).canonicalize();
        } catch (MalformedPackageURLException | RuntimeException e) {
            return "";
        }
    }

    /** A purl without qualifiers. */
    public static String of(PackageType type, String namespace, String name, String version) {
        return of(type, namespace, name, version, Map.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
