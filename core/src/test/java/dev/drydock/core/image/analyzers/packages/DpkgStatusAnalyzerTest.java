package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.image.analyzers.RecordingFactSink.file;
import static dev.drydock.core.image.analyzers.RecordingFactSink.run;
import static org.assertj.core.api.Assertions.assertThat;

class DpkgStatusAnalyzerTest {

    private final DpkgStatusAnalyzer analyzer = new DpkgStatusAnalyzer();

    /** Entries as Debian 12 (bookworm) lists them, plus a removed package that left its configuration. */
    private static final String STATUS = """
            Package: libssl3
            Status: install ok installed
            Priority: optional
            Section: libs
            Installed-Size: 6160
            Maintainer: Debian OpenSSL Team <pkg-openssl-devel@alioth-lists.debian.net>
            Architecture: amd64
            Multi-Arch: same
            Source: openssl
            Version: 3.0.11-1~deb12u2
            Depends: libc6 (>= 2.34)
            Description: Secure Sockets Layer toolkit - shared libraries
             This package is part of the OpenSSL project's implementation of the SSL
             and TLS cryptographic protocols for secure communication over the
             Internet.
            Homepage: https://www.openssl.org/

            Package: login
            Status: install ok installed
            Priority: required
            Section: admin
            Architecture: amd64
            Source: shadow (1:4.13+dfsg1-1)
            Version: 1:4.13+dfsg1-1+b1
            Description: system login tools

            Package: bash
            Essential: yes
            Status: install ok installed
            Architecture: amd64
            Version: 5.2.15-2+b2
            Description: GNU Bourne Again SHell

            Package: nano
            Status: deinstall ok config-files
            Architecture: amd64
            Version: 7.2-1
            """;

    @Test
    void listsInstalledPackagesWithTheirSource() {
        RecordingFactSink sink = run(analyzer, "var/lib/dpkg/status", STATUS);

        assertThat(sink.packages).extracting(PackageFact::name).containsExactly("libssl3", "login", "bash");
        assertThat(sink.packages.get(0)).isEqualTo(new PackageFact(PackageType.DEB, "debian", "libssl3",
                "3.0.11-1~deb12u2", "openssl", "3.0.11-1~deb12u2", "amd64", "",
                "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64", "var/lib/dpkg/status"));
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void readsSourceWithItsOwnVersionAndKeepsTheEpoch() {
        PackageFact login = run(analyzer, "var/lib/dpkg/status", STATUS).packages.get(1);

        assertThat(login.version()).isEqualTo("1:4.13+dfsg1-1+b1");
        assertThat(login.sourceName()).isEqualTo("shadow");
        assertThat(login.sourceVersion()).isEqualTo("1:4.13+dfsg1-1");
        assertThat(login.purl()).isEqualTo("pkg:deb/debian/login@1%3A4.13%2Bdfsg1-1%2Bb1?arch=amd64");
    }

    @Test
    void aPackageWithoutSourceIsItsOwnSource() {
        PackageFact bash = run(analyzer, "var/lib/dpkg/status", STATUS).packages.get(2);

        assertThat(bash.sourceName()).isEqualTo("bash");
        assertThat(bash.sourceVersion()).isEqualTo("5.2.15-2+b2");
    }

    @Test
    void readsDistrolessStatusDirectoryFiles() {
        RecordingFactSink sink = run(analyzer, "var/lib/dpkg/status.d/base-files", """
                Package: base-files
                Status: install ok installed
                Priority: required
                Section: admin
                Installed-Size: 340
                Maintainer: Santiago Vila <sanvila@debian.org>
                Architecture: amd64
                Multi-Arch: foreign
                Version: 12.4+deb12u5
                """);

        assertThat(sink.packages).singleElement().extracting(PackageFact::name, PackageFact::version, PackageFact::path)
                .containsExactly("base-files", "12.4+deb12u5", "var/lib/dpkg/status.d/base-files");
    }

    @Test
    void wantsTheDatabaseButNotItsChecksumsOrBackups() {
        assertThat(analyzer.wants(file("var/lib/dpkg/status.d/libc6", 1))).isTrue();
        assertThat(analyzer.wants(file("var/lib/dpkg/status.d/libc6.md5sums", 1))).isFalse();
        assertThat(analyzer.wants(file("var/lib/dpkg/status-old", 1))).isFalse();
        assertThat(analyzer.wants(file("var/lib/dpkg/info/bash.list", 1))).isFalse();
    }

    @Test
    void corruptParagraphsAreNotedNotThrown() {
        RecordingFactSink sink = run(analyzer, "var/lib/dpkg/status", """
                Package: libc6
                Status: install ok installed
                garbage without colon
                Version: 2.36-9+deb12u4

                Description: a paragraph without a package
                """);

        assertThat(sink.packages).extracting(PackageFact::name).containsExactly("libc6");
        assertThat(sink.notes).containsExactly(
                "var/lib/dpkg/status: line 3 is not a field; the package at line 1 may be incomplete",
                "var/lib/dpkg/status: the paragraph at line 6 has no Package or Version; skipped");
    }

    @Test
    void theAssemblyPutsTheDistributionIntoThePurl() {
        PackageFact libssl = run(analyzer, "var/lib/dpkg/status", STATUS).packages.get(0);
        OsReleaseFact ubuntu = new OsReleaseFact("ubuntu", "debian", "22.04", "jammy", "Ubuntu 22.04.4 LTS", "etc/os-release");

        PackageFact placed = OsPackageUrls.forDistribution(libssl, ubuntu);

        assertThat(placed.namespace()).isEqualTo("ubuntu");
        assertThat(placed.purl()).isEqualTo("pkg:deb/ubuntu/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=ubuntu-22.04");
    }
}
