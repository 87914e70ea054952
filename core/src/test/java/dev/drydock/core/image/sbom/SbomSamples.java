package dev.drydock.core.image.sbom;

import static dev.drydock.core.image.sbom.ScannedImageBuilder.deb;
import static dev.drydock.core.image.sbom.ScannedImageBuilder.pkg;

import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import java.time.Instant;
import java.util.UUID;

/** Images the SBOM tests export, and the fixed context that makes their output repeatable. */
final class SbomSamples {

    static final String BASE_LAYER = "sha256:" + "1".repeat(64);
    static final String APP_LAYER = "sha256:" + "2".repeat(64);
    static final String CLEANUP_LAYER = "sha256:" + "3".repeat(64);
    static final String IMAGE_ID = "sha256:" + "ab".repeat(32);

    static final SbomContext CONTEXT = new SbomContext("0.1.0-test", Instant.parse("2025-01-02T03:04:05.678Z"),
            UUID.fromString("3e671687-395b-41f5-a30f-a58921a69b79"));

    private SbomSamples() {
    }

    /** A Debian 12 web app: OS packages in the base layer, language packages on top, a package removed later. */
    static ScannedImage webApp() {
        return ScannedImageBuilder.image("registry.example:5000/team/web:1.4.2")
                .imageId(IMAGE_ID).repoTag("registry.example:5000/team/web:1.4.2").repoTag("web:latest")
                .layer(BASE_LAYER).layer(APP_LAYER).layer(CLEANUP_LAYER)
                .os(0, ScannedImageBuilder.debian12())
                .pkg(0, deb("libssl3", "3.0.11-1~deb12u2", "openssl", "3.0.11-1~deb12u2", ""))
                .pkg(0, deb("bash", "5.2.15-2+b2", "", "", "GPL-3+"))
                .pkg(0, deb("tzdata", "2024a-0+deb12u1", "", "", "public-domain"))
                .hiddenPkg(0, deb("curl", "7.88.1-10+deb12u5", "", "", "curl"))
                .pkg(1, pkg(PackageType.MAVEN, "org.apache.commons", "commons-lang3", "3.14.0", "Apache License, Version 2.0",
                        "app/lib/commons-lang3-3.14.0.jar!/META-INF/maven/org.apache.commons/commons-lang3/pom.properties"))
                .pkg(1, pkg(PackageType.NPM, "@babel", "core", "7.24.0", "MIT", "app/node_modules/@babel/core/package.json"))
                .pkg(1, pkg(PackageType.NPM, "", "lodash", "4.17.21", "MIT", "app/node_modules/lodash/package.json"))
                .pkg(1, pkg(PackageType.NPM, "", "lodash", "4.17.21", "MIT",
                        "app/node_modules/@babel/core/node_modules/lodash/package.json"))
                .pkg(1, pkg(PackageType.PYPI, "", "Jinja2", "3.1.3", "BSD-3-Clause",
                        "usr/lib/python3/dist-packages/Jinja2-3.1.3.dist-info/METADATA"))
                .pkg(1, pkg(PackageType.GOLANG, "", "github.com/spf13/cobra", "v1.8.0", "", "usr/local/bin/webctl"))
                .pkg(1, pkg(PackageType.GEM, "", "rake", "13.1.0", "MIT OR Apache-2.0",
                        "usr/lib/ruby/gems/3.1.0/specifications/rake-13.1.0.gemspec"))
                .build();
    }

    /** An image with no layers and nothing in it (a {@code FROM scratch} image with only config). */
    static ScannedImage empty() {
        return ScannedImageBuilder.image("scratch-app:1").build();
    }
}
