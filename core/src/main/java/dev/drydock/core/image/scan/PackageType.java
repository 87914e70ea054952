package dev.drydock.core.image.scan;

/** The kind of package, and its Package URL type. */
public enum PackageType {
    DEB("deb"),
    APK("apk"),
    RPM("rpm"),
    MAVEN("maven"),
    NPM("npm"),
    PYPI("pypi"),
    GOLANG("golang"),
    GEM("gem");

    private final String purlType;

    PackageType(String purlType) {
        this.purlType = purlType;
    }

    /** The {@code pkg:<type>/…} of Package URLs. */
    public String purlType() {
        return purlType;
    }

    /** OS packages come from the distribution's package database; the others are language packages. */
    public boolean isOsPackage() {
        return this == DEB || this == APK || this == RPM;
    }
}
