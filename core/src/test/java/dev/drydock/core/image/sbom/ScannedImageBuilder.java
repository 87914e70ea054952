package dev.drydock.core.image.sbom;

import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.image.scan.ImageConfigFacts;
import dev.drydock.core.image.scan.LayerFacts;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link ScannedImage} values in test code, the way the layer reader would assemble them,
 * with just the parts an SBOM reads: config, layers, OS release and packages (visible or hidden).
 */
final class ScannedImageBuilder {

    private final String reference;
    private String imageId = "";
    private final List<String> repoTags = new ArrayList<>();
    private final List<String> diffIds = new ArrayList<>();
    private final List<List<PackageFact>> packagesByLayer = new ArrayList<>();
    private Located<OsReleaseFact> os;
    private final List<Located<PackageFact>> packages = new ArrayList<>();

    private ScannedImageBuilder(String reference) {
        this.reference = reference;
    }

    static ScannedImageBuilder image(String reference) {
        return new ScannedImageBuilder(reference);
    }

    ScannedImageBuilder imageId(String id) {
        this.imageId = id;
        return this;
    }

    ScannedImageBuilder repoTag(String tag) {
        repoTags.add(tag);
        return this;
    }

    /** Adds a layer on top, named by its diff id. */
    ScannedImageBuilder layer(String diffId) {
        diffIds.add(diffId);
        packagesByLayer.add(new ArrayList<>());
        return this;
    }

    ScannedImageBuilder os(int layer, OsReleaseFact release) {
        this.os = new Located<>(release, layer, false);
        return this;
    }

    ScannedImageBuilder pkg(int layer, PackageFact fact) {
        return add(layer, fact, false);
    }

    /** A package whose files a later layer deleted: still in the image, not in a container. */
    ScannedImageBuilder hiddenPkg(int layer, PackageFact fact) {
        return add(layer, fact, true);
    }

    private ScannedImageBuilder add(int layer, PackageFact fact, boolean hidden) {
        packagesByLayer.get(layer).add(fact);
        packages.add(new Located<>(fact, layer, hidden));
        return this;
    }

    ScannedImage build() {
        List<ScannedLayer> layers = new ArrayList<>();
        for (int i = 0; i < diffIds.size(); i++) {
            List<OsReleaseFact> releases = os != null && os.layer() == i ? List.of(os.fact()) : List.of();
            LayerFacts facts = new LayerFacts(diffIds.get(i), 1024L * (i + 1), List.of(), releases,
                    packagesByLayer.get(i), List.of(), List.of(), List.of(), List.of());
            HistoryStep step = new HistoryStep("/bin/sh -c #(nop) layer " + i, Instant.parse("2024-05-01T10:00:00Z"), false, "");
            layers.add(new ScannedLayer(i, facts, Optional.of(step), i == 0));
        }
        ImageConfigFacts config = new ImageConfigFacts(reference, imageId, repoTags, "linux", "amd64",
                Instant.parse("2024-05-01T10:00:00Z"), "", List.of(), Map.of(), List.of(), List.of(), List.of(),
                List.of(), "", List.of(), List.of(), diffIds);
        return new ScannedImage(config, layers, Map.of(), List.of(), Optional.ofNullable(os), packages, List.of(),
                List.of(), List.of(), List.of());
    }

    static PackageFact pkg(PackageType type, String namespace, String name, String version, String license, String path) {
        return new PackageFact(type, namespace, name, version, "", "", "", license, "", path);
    }

    static PackageFact deb(String name, String version, String sourceName, String sourceVersion, String license) {
        return new PackageFact(PackageType.DEB, "debian", name, version, sourceName, sourceVersion, "amd64", license, "",
                "var/lib/dpkg/status");
    }

    static OsReleaseFact debian12() {
        return new OsReleaseFact("debian", "", "12", "bookworm", "Debian GNU/Linux 12 (bookworm)", "etc/os-release");
    }
}
