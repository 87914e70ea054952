package dev.drydock.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImageArchiveBuilderTest {

    @Test
    void dockerArchiveHasManifestConfigAndLayersWithMatchingDigests() throws IOException {
        ImageArchiveBuilder builder = ImageArchiveBuilder.create().repoTag("drydock-test/sample:1")
                .label("team", "blue").cmd("/app")
                .layer(LayerBuilder.create().file("app", "binary"), "COPY app /app")
                .layer(LayerBuilder.create().file("etc/motd", "hi"), "COPY motd /etc/motd");
        Map<String, byte[]> files = entries(builder.toDockerArchive());

        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json")).get(0);
        assertThat(manifest.get("RepoTags").get(0).asText()).isEqualTo("drydock-test/sample:1");
        byte[] config = files.get(manifest.get("Config").asText());
        assertThat("sha256:" + ImageArchiveBuilder.sha256(config)).isEqualTo(builder.imageId());
        JsonNode diffIds = new ObjectMapper().readTree(config).at("/rootfs/diff_ids");
        assertThat(diffIds).hasSize(2);
        for (int i = 0; i < 2; i++) {
            byte[] layer = files.get(manifest.get("Layers").get(i).asText());
            assertThat(diffIds.get(i).asText()).isEqualTo("sha256:" + ImageArchiveBuilder.sha256(layer));
        }
        assertThat(new ObjectMapper().readTree(config).at("/config/Labels/team").asText()).isEqualTo("blue");
    }

    @Test
    void layerAddsParentFoldersAndKeepsLinks() throws IOException {
        byte[] tar = LayerBuilder.create().file("usr/local/bin/tool", "x").symlink("bin/sh", "busybox").toTar();
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), e);
            }
        }
        assertThat(entries).containsKeys("usr/", "usr/local/", "usr/local/bin/", "usr/local/bin/tool", "bin/", "bin/sh");
        assertThat(entries.get("bin/sh").isSymbolicLink()).isTrue();
        assertThat(entries.get("bin/sh").getLinkName()).isEqualTo("busybox");
    }

    @Test
    void ociLayoutHasIndexLayoutMarkerAndBlobs() throws IOException {
        ImageArchiveBuilder builder = ImageArchiveBuilder.create().repoTag("drydock-test/sample:2")
                .layer(LayerBuilder.create().file("a", "a"), "COPY a /a");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        builder.writeOciLayout(out);
        Map<String, byte[]> files = entries(out.toByteArray());
        assertThat(files).containsKeys("oci-layout", "index.json",
                "blobs/sha256/" + builder.imageId().substring("sha256:".length()));
        JsonNode index = new ObjectMapper().readTree(files.get("index.json"));
        assertThat(index.at("/manifests/0/annotations/io.containerd.image.name").asText())
                .isEqualTo("drydock-test/sample:2");
    }

    private static Map<String, byte[]> entries(byte[] tar) {
        return TarFiles.read(tar);
    }
}
