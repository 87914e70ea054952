package dev.drydock.core.vuln.ignore;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a VEX statement's products name an installed package. A product names it when one of its
 * identifiers is a Package URL with the package's type, namespace and name, and, when given, its version and
 * qualifiers ({@code pkg:npm/lodash} names every lodash; {@code pkg:npm/lodash@4.17.20} only that version).
 * A product that is the scanned image names the packages among its {@code subcomponents}: it is the image
 * when one of its identifiers is one the caller gave for the image (image id, repo digest, reference), or an
 * OCI purl whose version is one of those digests; when the caller knows no identity, any OCI purl product is
 * taken as the image the VEX file was given for.
 */
final class VexProducts {

    private VexProducts() {
    }

    static boolean names(VexStatement statement, String packageUrl, Set<String> imageIdentifiers) {
        Optional<PackageURL> installed = parse(packageUrl);
        if (installed.isEmpty()) {
            return false;
        }
        for (VexProduct product : statement.products()) {
            if (anyMatches(product.identifiers(), installed.get())) {
                return true;
            }
            if (!product.subcomponents().isEmpty() && isImage(product.identifiers(), imageIdentifiers)
                    && product.subcomponents().stream().anyMatch(ids -> anyMatches(ids, installed.get()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatches(Set<String> identifiers, PackageURL installed) {
        return identifiers.stream().map(VexProducts::parse).flatMap(Optional::stream)
                .anyMatch(pattern -> matches(pattern, installed));
    }

    /** Type, namespace and name equal (case-insensitive); version and each qualifier equal when the pattern gives them. */
    static boolean matches(PackageURL pattern, PackageURL installed) {
        if (!pattern.getType().equalsIgnoreCase(installed.getType())
                || !equalText(pattern.getNamespace(), installed.getNamespace())
                || !pattern.getName().equalsIgnoreCase(installed.getName())) {
            return false;
        }
        if (pattern.getVersion() != null && !pattern.getVersion().equals(installed.getVersion())) {
            return false;
        }
        Map<String, String> wanted = pattern.getQualifiers();
        Map<String, String> present = installed.getQualifiers();
        if (wanted == null || wanted.isEmpty()) {
            return true;
        }
        return present != null && wanted.entrySet().stream()
                .allMatch(qualifier -> Objects.equals(present.get(qualifier.getKey()), qualifier.getValue()));
    }

    private static boolean isImage(Set<String> productIds, Set<String> imageIdentifiers) {
        for (String id : productIds) {
            if (imageIdentifiers.stream().anyMatch(image -> image.equalsIgnoreCase(id))) {
                return true;
            }
            Optional<PackageURL> purl = parse(id).filter(candidate -> candidate.getType().equalsIgnoreCase("oci"));
            if (purl.isPresent() && (imageIdentifiers.isEmpty() || imageIdentifiers.stream()
                    .anyMatch(image -> purl.get().getVersion() != null && image.endsWith(purl.get().getVersion())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalText(String left, String right) {
        return (left == null ? "" : left).equalsIgnoreCase(right == null ? "" : right);
    }

    private static Optional<PackageURL> parse(String text) {
        if (text == null || !text.startsWith("pkg:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PackageURL(text));
        } catch (MalformedPackageURLException e) {
            return Optional.empty();
        }
    }
}
