package dev.drydock.core.image.sbom;

import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import java.util.List;

/**
 * One package of every {@link PackageType}, most without a purl of their own so the exporters build
 * it, and the purls the Package URL specification gives them.
 */
final class EveryPackageType {

    static final List<String> EXPECTED_PURLS = List.of(
            "pkg:deb/ubuntu/libc6@2.35-0ubuntu3.6?arch=amd64&distro=ubuntu-22.04",
            "pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=ubuntu-22.04",
            "pkg:rpm/redhat/openssl-libs@3.0.7-27.el9?arch=x86_64&distro=ubuntu-22.04",
            "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.0",
            "pkg:npm/%40types/node@20.11.5",
            "pkg:pypi/typing-extensions@4.9.0",
            "pkg:golang/golang.org/x/net@v0.20.0",
            "pkg:gem/nokogiri@1.16.0",
            // given by the analyzer with its qualifiers out of order: canonicalized
            "pkg:deb/ubuntu/zlib1g@1%3A1.2.11.dfsg-2ubuntu9.2?arch=amd64&distro=ubuntu-22.04");

    private EveryPackageType() {
    }

    static ScannedImage image() {
        return ScannedImageBuilder.image("mixed:2").layer(SbomSamples.BASE_LAYER)
                .os(0, new OsReleaseFact("ubuntu", "debian", "22.04", "jammy", "Ubuntu 22.04.4 LTS", "etc/os-release"))
                .pkg(0, new PackageFact(PackageType.DEB, "", "libc6", "2.35-0ubuntu3.6", "glibc", "", "amd64", "", "",
                        "var/lib/dpkg/status"))
                .pkg(0, new PackageFact(PackageType.APK, "alpine", "musl", "1.2.4-r2", "", "", "x86_64", "MIT", "",
                        "lib/apk/db/installed"))
                .pkg(0, new PackageFact(PackageType.RPM, "redhat", "openssl-libs", "3.0.7-27.el9", "openssl", "", "x86_64",
                        "Apache-2.0", "", "var/lib/rpm/rpmdb.sqlite"))
                .pkg(0, new PackageFact(PackageType.MAVEN, "com.fasterxml.jackson.core", "jackson-databind", "2.17.0", "", "",
                        "", "Apache-2.0", "", "app/app.jar!/BOOT-INF/lib/jackson-databind-2.17.0.jar"))
                .pkg(0, new PackageFact(PackageType.NPM, "@types", "node", "20.11.5", "", "", "", "MIT", "",
                        "app/node_modules/@types/node/package.json"))
                .pkg(0, new PackageFact(PackageType.PYPI, "", "typing_extensions", "4.9.0", "", "", "", "PSF-2.0", "",
                        "usr/lib/python3/dist-packages/typing_extensions-4.9.0.dist-info/METADATA"))
                .pkg(0, new PackageFact(PackageType.GOLANG, "", "golang.org/x/net", "v0.20.0", "", "", "", "", "",
                        "usr/local/bin/server"))
                .pkg(0, new PackageFact(PackageType.GEM, "", "nokogiri", "1.16.0", "", "", "", "MIT", "",
                        "var/lib/gems/3.0.0/specifications/nokogiri-1.16.0.gemspec"))
                .pkg(0, new PackageFact(PackageType.DEB, "ubuntu", "zlib1g", "1:1.2.11.dfsg-2ubuntu9.2", "zlib", "", "amd64",
                        "", "pkg:deb/ubuntu/zlib1g@1:1.2.11.dfsg-2ubuntu9.2?distro=ubuntu-22.04&arch=amd64",
                        "var/lib/dpkg/status"))
                .pkg(0, new PackageFact(PackageType.NPM, "", "", "", "", "", "", "", "", "app/package.json"))
                .build();
    }
}
