package dev.drydock.core.vuln.match;

import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;

import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What matching needs of an image: its packages (with layer and hidden flag), its distribution release,
 * and which layers it inherited from its base image.
 *
 * @param baseLayers indexes of the layers that came from the base image; empty when unknown
 */
public record ImageInventory(List<Located<PackageFact>> packages, Optional<OsReleaseFact> os, Set<Integer> baseLayers) {

    public ImageInventory {
        packages = List.copyOf(packages);
        baseLayers = Set.copyOf(baseLayers);
    }

    /** The inventory of a scanned image; base layers as the scan marked them ({@link ScannedLayer#fromBase()}). */
    public static ImageInventory of(ScannedImage image) {
        Set<Integer> base = image.layers().stream().filter(ScannedLayer::fromBase).map(ScannedLayer::index)
                .collect(Collectors.toSet());
        return new ImageInventory(image.packages(), image.os().map(Located::fact), base);
    }
}
