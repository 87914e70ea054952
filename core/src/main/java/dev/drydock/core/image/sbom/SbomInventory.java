package dev.drydock.core.image.sbom;

import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What both SBOM formats list about one image, in the order they list it: the image, its
 * distribution, and the packages a container of it has (packages whose files a later layer deleted
 * are left out: they are not installed, whatever still ships in the image). Sorted by purl, version,
 * path and layer so that the same image always gives the same document.
 */
record SbomInventory(ImageIdentity image, Optional<Placed<OsReleaseFact>> os, List<Placed<SbomPackage>> packages) {

    /** A thing with the layer it came from: its index (0 = lowest) and the layer's diff id. */
    record Placed<T>(T item, int layer, String layerDiffId) {
    }

    /**
     * A package with what the SBOM says about it beyond the analyzer's fact.
     *
     * @param ref unique in the document: the purl, or for a second copy of the same package the purl, {@code |} and its path
     */
    record SbomPackage(PackageFact fact, Optional<String> purl, PackageLicense license, String ref) {
    }

    static SbomInventory of(ScannedImage image) {
        Optional<OsReleaseFact> release = image.os().filter(os -> !os.hidden()).map(Located::fact);
        Optional<Placed<OsReleaseFact>> os = image.os().filter(located -> !located.hidden())
                .map(located -> new Placed<>(located.fact(), located.layer(), diffId(image, located.layer())));
        List<Located<PackageFact>> visible = image.packages().stream()
                .filter(located -> !located.hidden())
                .sorted(Comparator.<Located<PackageFact>, String>comparing(located -> sortKey(located.fact(), release))
                        .thenComparing(located -> located.fact().version())
                        .thenComparing(located -> located.fact().path())
                        .thenComparingInt(Located::layer))
                .toList();
        UniqueNames refs = new UniqueNames();
        List<Placed<SbomPackage>> packages = new ArrayList<>();
        for (Located<PackageFact> located : visible) {
            PackageFact fact = located.fact();
            Optional<String> purl = PackageUrls.of(fact, release);
            String base = purl.orElse(fact.type().purlType() + ":" + fact.name() + "@" + fact.version());
            String ref = refs.claim(base, base + "|" + fact.path());
            packages.add(new Placed<>(new SbomPackage(fact, purl, PackageLicense.of(fact.license()), ref),
                    located.layer(), diffId(image, located.layer())));
        }
        return new SbomInventory(ImageIdentity.of(image.config()), os, List.copyOf(packages));
    }

    private static String sortKey(PackageFact fact, Optional<OsReleaseFact> release) {
        return PackageUrls.of(fact, release).orElse(fact.type().purlType() + ":" + fact.namespace() + "/" + fact.name());
    }

    private static String diffId(ScannedImage image, int layer) {
        return image.layers().stream().filter(scanned -> scanned.index() == layer).map(ScannedLayer::diffId)
                .findFirst()
                .orElseGet(() -> layer >= 0 && layer < image.config().diffIds().size() ? image.config().diffIds().get(layer) : "");
    }
}
