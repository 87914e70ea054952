package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.image.analyzers.RecordingFactSink.file;
import static dev.drydock.core.image.analyzers.RecordingFactSink.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NpmAnalyzersTest {

    private final NpmPackageJsonAnalyzer installed = new NpmPackageJsonAnalyzer();
    private final NpmLockfileAnalyzer lockfile = new NpmLockfileAnalyzer();

    @Test
    void readsAnInstalledScopedPackage() {
        RecordingFactSink sink = run(installed, "app/node_modules/@babel/core/package.json", """
                {"name": "@babel/core", "version": "7.24.0", "license": "MIT", "main": "./lib/index.js"}
                """);

        assertThat(sink.packages).containsExactly(new PackageFact(PackageType.NPM, "@babel", "core", "7.24.0", "", "",
                "", "MIT", "pkg:npm/%40babel/core@7.24.0", "app/node_modules/@babel/core/package.json"));
    }

    @Test
    void readsOldLicenseShapes() {
        assertThat(run(installed, "node_modules/a/package.json",
                "{\"name\":\"a\",\"version\":\"1.0.0\",\"license\":{\"type\":\"BSD-3-Clause\"}}").packages.get(0).license())
                .isEqualTo("BSD-3-Clause");
        assertThat(run(installed, "node_modules/b/package.json",
                "{\"name\":\"b\",\"version\":\"1.0.0\",\"licenses\":[{\"type\":\"MIT\"},{\"type\":\"Apache-2.0\"}]}")
                .packages.get(0).license()).isEqualTo("MIT OR Apache-2.0");
    }

    @Test
    void wantsOnlyThePackageJsonAtThetopOfAPackage() {
        assertThat(installed.wants(file("usr/lib/node_modules/npm/package.json", 10))).isTrue();
        assertThat(installed.wants(file("node_modules/express/node_modules/debug/package.json", 10))).isTrue();
        assertThat(installed.wants(file("node_modules/uuid/dist/esm-node/package.json", 10))).isFalse();
        assertThat(installed.wants(file("app/package.json", 10))).isFalse();
        assertThat(installed.wants(file("node_modules/@types/package.json", 10))).isFalse();
    }

    @Test
    void corruptOrAnonymousPackageJsonIsNoted() {
        assertThat(run(installed, "node_modules/x/package.json", "{\"name\": ").notes).singleElement().asString()
                .startsWith("node_modules/x/package.json: is not valid JSON");
        assertThat(run(installed, "node_modules/y/package.json", "{\"private\": true}").notes)
                .containsExactly("node_modules/y/package.json: has no name or version; not listed as a package");
    }

    @Test
    void readsTheLockfilePackagesSectionWithoutDevAndLinks() {
        RecordingFactSink sink = run(lockfile, "srv/app/package-lock.json", """
                {
                  "name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
                  "packages": {
                    "": {"name": "app", "version": "1.0.0", "dependencies": {"express": "^4.19.2"}},
                    "node_modules/express": {"version": "4.19.2", "license": "MIT"},
                    "node_modules/express/node_modules/debug": {"version": "2.6.9", "license": "MIT"},
                    "node_modules/@types/node": {"version": "20.11.30", "dev": true, "license": "MIT"},
                    "node_modules/shared": {"resolved": "packages/shared", "link": true},
                    "packages/shared": {"name": "shared", "version": "0.1.0"}
                  }
                }
                """);

        assertThat(sink.packages).extracting(PackageFact::name, PackageFact::version, PackageFact::path).containsExactly(
                tuple("express", "4.19.2", "srv/app/package-lock.json"),
                tuple("debug", "2.6.9", "srv/app/package-lock.json"));
    }

    @Test
    void readsVersionOneLockfiles() {
        RecordingFactSink sink = run(lockfile, "package-lock.json", """
                {"name": "app", "lockfileVersion": 1, "dependencies": {
                  "lodash": {"version": "4.17.21"},
                  "mocha": {"version": "10.4.0", "dev": true},
                  "body-parser": {"version": "1.20.2", "dependencies": {"qs": {"version": "6.11.0"}}}
                }}
                """);

        assertThat(sink.packages).extracting(PackageFact::purl).containsExactly("pkg:npm/lodash@4.17.21",
                "pkg:npm/body-parser@1.20.2", "pkg:npm/qs@6.11.0");
    }

    @Test
    void theHiddenLockfileInsideNodeModulesIsNotRead() {
        assertThat(lockfile.wants(file("app/node_modules/.package-lock.json", 10))).isFalse();
        assertThat(lockfile.wants(file("app/node_modules/x/package-lock.json", 10))).isFalse();
        assertThat(lockfile.wants(file("app/npm-shrinkwrap.json", 10))).isTrue();
    }
}
