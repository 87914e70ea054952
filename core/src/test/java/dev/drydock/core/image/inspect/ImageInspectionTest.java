package dev.drydock.core.image.inspect;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ImageInspectionTest {

    private static final String OS_RELEASE = """
            NAME="Ubuntu"
            VERSION="18.04.6 LTS (Bionic Beaver)"
            ID=ubuntu
            ID_LIKE=debian
            VERSION_ID="18.04"
            VERSION_CODENAME=bionic
            """;

    private static final String DPKG_STATUS = """
            Package: zlib1g
            Status: install ok installed
            Architecture: amd64
            Source: zlib
            Version: 1:1.2.11.dfsg-0ubuntu2.2

            """;

    @TempDir
    Path folder;

    @Test
    void anImageIsScannedWithEveryAnalyzerAndAuditedWithEveryRule() throws Exception {
        Path tar = ImageArchiveBuilder.create().repoTag("inspect-test:1")
                .layer(LayerBuilder.create().file("etc/os-release", OS_RELEASE)
                        .file("var/lib/dpkg/status", DPKG_STATUS), "ADD file:rootfs in /")
                .layer(LayerBuilder.create().file("app/.aws/credentials",
                        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"), "COPY . /app")
                .writeDockerArchive(folder.resolve("image.tar"));

        ImageReport report = new ImageInspection(LayerCache.in(folder.resolve("cache")))
                .inspect(ImageSource.file(tar), LocalDate.of(2026, 11, 23), ProgressListener.none(), CancellationToken.none());

        PackageFact zlib = report.image().packages().stream().map(Located::fact)
                .filter(fact -> fact.name().equals("zlib1g")).findFirst().orElseThrow();
        assertThat(zlib.purl()).as("the distribution comes from os-release").startsWith("pkg:deb/ubuntu/zlib1g@")
                .contains("distro=ubuntu-18.04");
        assertThat(report.audit().findings()).extracting(Finding::ruleId)
                .contains("DI1001" /* runs as root */, "DI1016" /* Ubuntu 18.04 ended */, "DI1017" /* the AWS key file */);
        assertThat(report.audit().findings()).allSatisfy(finding ->
                assertThat(finding.message() + finding.evidence().orElse("")).doesNotContain("AKIAIOSFODNN7EXAMPLE"));
    }
}
