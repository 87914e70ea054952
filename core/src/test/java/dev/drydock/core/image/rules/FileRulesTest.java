package dev.drydock.core.image.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.image.scan.MalwareFact;
import dev.drydock.core.image.scan.SecretFact;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.drydock.core.image.rules.ImageRuleCases.audit;
import static dev.drydock.core.image.rules.ImageRuleCases.findings;
import static dev.drydock.core.image.rules.ImageRuleCases.skipped;
import static dev.drydock.core.image.rules.ScannedImageBuilder.directory;
import static dev.drydock.core.image.rules.ScannedImageBuilder.file;
import static dev.drydock.core.image.rules.ScannedImageBuilder.group;
import static dev.drydock.core.image.rules.ScannedImageBuilder.image;
import static dev.drydock.core.image.rules.ScannedImageBuilder.user;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules over the merged filesystem and the facts found in files. */
class FileRulesTest {

    private static final String BASE = "/bin/sh -c #(nop) ADD file:2a94 in / ";

    @Test
    void setuidFilesListedWithTheirLayerAndMarkedInheritedFromTheBase() {
        List<Finding> found = findings("DI1007", image()
                .baseLayer(BASE, file("usr/bin/passwd", 04755), file("usr/bin/ls", 0755))
                .layer("/bin/sh -c chmod g+s /usr/local/bin/tool", file("usr/local/bin/tool", 02755)).build());
        assertThat(found).extracting(f -> f.location().describe()).containsExactly(
                "app:1.0 layer sha256:" + "0".repeat(63) + "1: usr/bin/passwd (inherited from base image)",
                "app:1.0 layer sha256:" + "0".repeat(63) + "2: usr/local/bin/tool");
        assertThat(found.get(0).message()).contains("setuid").contains("layer 1 (ADD file:2a94 in /), inherited from the base image");
        assertThat(found.get(1).evidence()).hasValue("mode 2755");
        assertThat(ImageAuditResult.isInherited(found.get(0))).isTrue();
        assertThat(ImageAuditResult.isInherited(found.get(1))).isFalse();
    }

    @Test
    void sudo() {
        assertThat(findings("DI1008", image().layer("/bin/sh -c apt-get install -y sudo", file("usr/bin/sudo", 04755)).build()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("RUN apt-get install -y sudo"));
        assertThat(findings("DI1008", image().layer("x", file("usr/bin/su", 04755)).build())).isEmpty();
    }

    @Test
    void packageCachesOnePerCacheInTheLayerThatFilledIt() {
        List<Finding> found = findings("DI1010", image()
                .baseLayer(BASE, file("var/lib/apt/lists/lock", 0L))
                .layer("/bin/sh -c apt-get update && apt-get install -y curl",
                        file("var/lib/apt/lists/mirror.example_debian_dists_bookworm_InRelease", 151_000L),
                        file("var/lib/apt/lists/mirror.example_debian_dists_bookworm_main_binary-amd64_Packages.lz4", 9_000_000L))
                .layer("/bin/sh -c pip install flask", file("root/.cache/pip/http/a/b/c", 1_000L)).build());
        assertThat(found).extracting(f -> ((Location.ImageLayerPath) f.location()).path())
                .containsExactly("var/lib/apt/lists/", "root/.cache/pip/");
        assertThat(found.get(0).evidence()).hasValue("2 files, 9151000 bytes");
        assertThat(found.get(0).message()).contains("apt-get update && apt-get install -y curl");
        assertThat(findings("DI1010", image().layer("x", file("var/lib/apt/lists/lock", 0L), directory("var/lib/apt/lists/partial")).build()))
                .isEmpty();
    }

    @Test
    void emptyPasswordsOrSkipped() {
        assertThat(findings("DI1011", image().layer("x").accounts(0, "etc/shadow", user("root", 0, false), user("guest", -1, true))
                .build())).singleElement().satisfies(f -> assertThat(f.evidence()).hasValue("guest: empty password field"));
        assertThat(skipped("DI1011", image().layer("x").build())).containsExactly("no etc/passwd or etc/shadow in the image");
    }

    @Test
    void duplicateIdsOrSkipped() {
        assertThat(findings("DI1012", image().layer("x")
                .accounts(0, "etc/passwd", user("root", 0, false), user("toor", 0, false), user("app", 1000, false))
                .accounts(0, "etc/group", group("root", 0), group("app", 1000)).build()))
                .singleElement().satisfies(f -> assertThat(f.evidence()).hasValue("uid 0: root, toor"));
        assertThat(skipped("DI1012", image().layer("x").build())).containsExactly("no etc/passwd and no etc/group in the image");
        assertThat(skipped("DI1012", image().layer("x").accounts(0, "etc/passwd", user("root", 0, false)).build()))
                .containsExactly("no etc/group in the image: group ids not checked");
    }

    @Test
    void developmentFilesOncePerDirectory() {
        assertThat(findings("DI1013", image().layer("COPY . /app # buildkit", file("app/.git/HEAD", 0644),
                file("app/.git/config", 0644), file("app/src/.DS_Store", 0644), file("app/main.py", 0644)).build()))
                .extracting(f -> ((Location.ImageLayerPath) f.location()).path()).containsExactly("app/.git", "app/src/.DS_Store");
    }

    @Test
    void endOfLifeAgainstTheLookupOrSkipped() {
        EndOfLifeLookup table = os -> os.id().equals("debian") && os.versionId().equals("10")
                ? Optional.of(new EndOfLifeLookup.EndOfLife("Debian 10 (buster)", LocalDate.of(2024, 6, 30), LocalDate.of(2025, 1, 1)))
                : Optional.empty();
        var buster = image().baseLayer(BASE).os(0, "debian", "10", "Debian GNU/Linux 10 (buster)").build();
        assertThat(audit("DI1016", buster, table).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("reached its end of life on 2024-06-30"));
        assertThat(audit("DI1016", image().baseLayer(BASE).os(0, "debian", "12", "Debian GNU/Linux 12 (bookworm)").build(), table)
                .skipped()).extracting(SkippedCheck::reason).containsExactly("no end-of-life date known for Debian GNU/Linux 12 (bookworm)");
        assertThat(skipped("DI1016", image().layer("x").build())).containsExactly("no etc/os-release in the image: the distribution is unknown");
    }

    @Test
    void secretFilesIncludingHiddenOnes() {
        List<Finding> found = findings("DI1017", image().baseLayer(BASE)
                .layer("COPY credentials /root/.aws/credentials # buildkit")
                .layer("RUN /bin/sh -c rm /root/.aws/credentials # buildkit")
                .secret(1, new SecretFact("aws-access-key", "root/.aws/credentials", 2, "AKIA****************"), true).build());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("/root/.aws/credentials line 2 holds an AWS access key id")
                    .contains("hidden by a later layer").contains("COPY credentials /root/.aws/credentials");
            assertThat(f.evidence()).hasValue("AKIA****************");
        });
    }

    @Test
    void malwareInFilesWithEvidence() {
        assertThat(findings("DI1018", image().layer("COPY xmrig /opt/xmrig # buildkit")
                .malware(0, new MalwareFact("miner-binary", "opt/xmrig", "a file named xmrig (10 bytes, executable)"), false).build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("a known cryptocurrency miner");
                    assertThat(f.evidence()).hasValue("a file named xmrig (10 bytes, executable)");
                });
    }

    @Test
    void withoutInheritedDropsBaseFindings() {
        var scanned = image().baseLayer(BASE, file("usr/bin/passwd", 04755)).layer("x", file("app/tool", 04755)).build();
        assertThat(audit("DI1007", scanned, EndOfLifeLookup.none()).withoutInherited().findings())
                .extracting(f -> ((Location.ImageLayerPath) f.location()).path()).containsExactly("app/tool");
    }
}
