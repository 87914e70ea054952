package dev.drydock.app.gui.scan;

import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;

import java.util.Locale;

/**
 * One package as the Packages tab lists it.
 *
 * @param layer  1-based, as findings name layers
 * @param hidden true when a later layer deleted the file it was found in (it still ships in the image)
 */
public record PackageRow(PackageType type, String name, String version, String purl, int layer, String path,
                         boolean hidden) {

    public static PackageRow of(Located<PackageFact> located) {
        PackageFact fact = located.fact();
        return new PackageRow(fact.type(), displayName(fact), fact.version(), fact.purl(), located.layer() + 1,
                fact.path(), located.hidden());
    }

    /** {@code org.slf4j:slf4j-api} for Maven, {@code @babel/core} for npm, the name elsewhere. */
    static String displayName(PackageFact fact) {
        if (fact.namespace().isEmpty() || fact.type().isOsPackage()) {
            return fact.name();
        }
        return switch (fact.type()) {
            case MAVEN -> fact.namespace() + ":" + fact.name();
            case NPM, GOLANG -> fact.namespace() + "/" + fact.name();
            default -> fact.name();
        };
    }

    /** The type as the filter and the table name it: {@code deb}, {@code maven}. */
    public String typeName() {
        return type.purlType();
    }

    String searchText() {
        return (typeName() + " " + name + " " + version + " " + purl + " " + path).toLowerCase(Locale.ROOT);
    }
}
