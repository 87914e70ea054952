package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.image.analyzers.RecordingFactSink.run;
import static org.assertj.core.api.Assertions.assertThat;

class ApkInstalledAnalyzerTest {

    private final ApkInstalledAnalyzer analyzer = new ApkInstalledAnalyzer();

    /** Two entries as Alpine 3.20 lists them (checksums shortened). */
    private static final String INSTALLED = """
            C:Q1xgHYF4oFp5W3mvbZ9qFSQ9RTngo=
            P:musl
            V:1.2.5-r0
            A:x86_64
            S:411672
            I:807936
            T:the musl c library (libc) implementation
            U:https://musl.libc.org/
            L:MIT
            o:musl
            m:Natanael Copa <ncopa@alpinelinux.org>
            t:1711386085
            p:so:libc.musl-x86_64.so.1=1
            F:lib
            R:ld-musl-x86_64.so.1
            a:0:0:755

            C:Q1hk+0gE1OXN6aTThOY6NXfBj+bl8=
            P:busybox-binsh
            V:1.36.1-r29
            A:x86_64
            T:busybox ash /bin/sh
            L:GPL-2.0-only
            o:busybox
            F:bin
            R:sh

            """;

    @Test
    void listsPackagesWithOriginAndLicense() {
        RecordingFactSink sink = run(analyzer, "lib/apk/db/installed", INSTALLED);

        assertThat(sink.packages).containsExactly(
                new PackageFact(PackageType.APK, "alpine", "musl", "1.2.5-r0", "musl", "1.2.5-r0", "x86_64", "MIT",
                        "pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64", "lib/apk/db/installed"),
                new PackageFact(PackageType.APK, "alpine", "busybox-binsh", "1.36.1-r29", "busybox", "1.36.1-r29",
                        "x86_64", "GPL-2.0-only", "pkg:apk/alpine/busybox-binsh@1.36.1-r29?arch=x86_64",
                        "lib/apk/db/installed"));
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void theAssemblyAddsTheRelease() {
        PackageFact musl = run(analyzer, "lib/apk/db/installed", INSTALLED).packages.get(0);

        PackageFact placed = OsPackageUrls.forDistribution(musl,
                new OsReleaseFact("alpine", "", "3.20.3", "", "Alpine Linux v3.20", "etc/os-release"));

        assertThat(placed.purl()).isEqualTo("pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3");
    }

    @Test
    void corruptDatabaseIsNoted() {
        RecordingFactSink sink = run(analyzer, "lib/apk/db/installed", "P:musl\nthis is not apk\nV:1\n\nT:no name\n");

        assertThat(sink.packages).extracting(PackageFact::name).containsExactly("musl");
        assertThat(sink.notes).containsExactly("lib/apk/db/installed: line 2 is not a field",
                "lib/apk/db/installed: the package at line 5 has no P: or V: field; skipped");
    }

    @Test
    void anEmptyDatabaseIsNoted() {
        assertThat(run(analyzer, "lib/apk/db/installed", "").notes)
                .containsExactly("lib/apk/db/installed: lists no installed package");
    }
}
