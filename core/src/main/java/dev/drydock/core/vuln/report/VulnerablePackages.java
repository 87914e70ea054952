package dev.drydock.core.vuln.report;

import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;
import dev.drydock.core.vuln.match.VulnerabilityMatch;

import java.util.Comparator;

/** How the vulnerability outputs name a package and its layer, the same way in every format. */
public final class VulnerablePackages {

    /** Most serious first, then by package, installed version and id: the order of every vulnerability list. */
    public static final Comparator<VulnerabilityMatch> SHOWN_ORDER = Comparator
            .comparing((VulnerabilityMatch match) -> match.severity().severity())
            .thenComparing(match -> -match.severity().score().orElse(-1))
            .thenComparing(match -> name(match.packageFact()))
            .thenComparing(match -> match.packageFact().version())
            .thenComparing(VulnerabilityMatch::id);

    private VulnerablePackages() {
    }

    /**
     * The package as its ecosystem names it: {@code org.apache.logging.log4j:log4j-core} for Maven,
     * {@code @babel/code-frame} for scoped npm packages, the binary package's name for distributions.
     */
    public static String name(PackageFact fact) {
        if (fact.namespace().isBlank() || fact.type().isOsPackage()) {
            return fact.name();
        }
        if (fact.type() == PackageType.MAVEN) {
            return fact.namespace() + ":" + fact.name();
        }
        if (fact.type() == PackageType.NPM) {
            return fact.namespace() + "/" + fact.name();
        }
        return fact.name();
    }

    /** The diff id of the layer at {@code index}; empty when the image has no such layer. */
    public static String layerDiffId(ScannedImage image, int index) {
        return image.layers().stream().filter(layer -> layer.index() == index).map(ScannedLayer::diffId)
                .findFirst().orElse("");
    }
}
