package dev.drydock.core.image.scan;

import java.util.Objects;

/**
 * A package installed in the image. Strings are empty when unknown.
 *
 * @param name          as its ecosystem names it ({@code libssl3}, {@code org.apache.commons:commons-lang3} is
 *                      split as group in {@code namespace} and artifact in {@code name})
 * @param namespace     Maven group id, npm scope ({@code @babel}), or the distribution for OS packages ({@code debian})
 * @param sourceName    the source package (dpkg {@code Source:}, apk origin, rpm source rpm name)
 * @param sourceVersion the source package's version when it differs
 * @param purl          the Package URL ({@code pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12})
 * @param path          the file it was found in ({@code var/lib/dpkg/status}, {@code app/lib/x.jar!/META-INF/…})
 */
public record PackageFact(PackageType type, String namespace, String name, String version, String sourceName,
                          String sourceVersion, String arch, String license, String purl, String path) {

    public PackageFact {
        Objects.requireNonNull(type, "type");
        namespace = orEmpty(namespace);
        name = orEmpty(name);
        version = orEmpty(version);
        sourceName = orEmpty(sourceName);
        sourceVersion = orEmpty(sourceVersion);
        arch = orEmpty(arch);
        license = orEmpty(license);
        purl = orEmpty(purl);
        path = orEmpty(path);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
