package dev.drydock.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an image as a {@code docker save} archive (manifest.json, config, one folder per layer)
 * or as an OCI image layout tar, entirely in code, so tests need no registry. The config carries
 * proper {@code diff_ids} (sha256 of each uncompressed layer tar) and one history entry per layer.
 */
public final class ImageArchiveBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Date FIXED_TIME = Date.from(Instant.parse("2024-01-01T00:00:00Z"));

    /** How a layer blob is stored in the archive. */
    public enum Compression {
        NONE(""), GZIP("+gzip"), ZSTD("+zstd");

        private final String mediaTypeSuffix;

        Compression(String mediaTypeSuffix) {
            this.mediaTypeSuffix = mediaTypeSuffix;
        }
    }

    /** {@code blob} as stored; {@code diffId} the digest of the uncompressed tar the config lists. */
    private record Layer(byte[] blob, String diffId, Compression compression) {
    }

    /** One history step; {@code layer} null for a step that made no layer. */
    private record Step(String createdBy, Layer layer) {
    }

    private final List<String> repoTags = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<String> env = new ArrayList<>(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    private final List<String> exposedPorts = new ArrayList<>();
    private final List<Layer> layers = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private boolean manifestFirst;
    private List<String> cmd = List.of();
    private List<String> entrypoint = List.of();
    private String user = "";
    private String workingDir = "";
    private List<String> healthcheck = List.of();
    private Duration healthInterval = Duration.ZERO;
    private Instant created = Instant.parse("2024-01-01T00:00:00Z");

    public static ImageArchiveBuilder create() {
        return new ImageArchiveBuilder();
    }

    public ImageArchiveBuilder repoTag(String repoTag) {
        repoTags.add(repoTag);
        return this;
    }

    public ImageArchiveBuilder label(String key, String value) {
        labels.put(key, value);
        return this;
    }

    public ImageArchiveBuilder labels(Map<String, String> more) {
        labels.putAll(more);
        return this;
    }

    public ImageArchiveBuilder env(String keyValue) {
        env.add(keyValue);
        return this;
    }

    public ImageArchiveBuilder cmd(String... command) {
        cmd = List.of(command);
        return this;
    }

    public ImageArchiveBuilder entrypoint(String... command) {
        entrypoint = List.of(command);
        return this;
    }

    public ImageArchiveBuilder user(String name) {
        user = name;
        return this;
    }

    public ImageArchiveBuilder workingDir(String path) {
        workingDir = path;
        return this;
    }

    /** A {@code HEALTHCHECK CMD-SHELL command} run every {@code interval} (also its start period and timeout). */
    public ImageArchiveBuilder healthcheck(String shellCommand, Duration interval) {
        healthcheck = List.of("CMD-SHELL", shellCommand);
        healthInterval = interval;
        return this;
    }

    /** e.g. {@code 8080/tcp} */
    public ImageArchiveBuilder exposedPort(String port) {
        exposedPorts.add(port);
        return this;
    }

    public ImageArchiveBuilder created(Instant time) {
        created = time;
        return this;
    }

    public ImageArchiveBuilder layer(LayerBuilder layer, String createdBy) {
        return layer(layer, createdBy, Compression.NONE);
    }

    /** A layer stored gzip- or zstd-compressed (docker save has them plain; OCI layouts usually compressed). */
    public ImageArchiveBuilder layer(LayerBuilder layer, String createdBy, Compression compression) {
        byte[] tar = layer.toTar();
        return addLayer(new Layer(compress(tar, compression), "sha256:" + sha256(tar), compression), createdBy);
    }

    /** A layer blob stored exactly as given (hostile or damaged blobs); the config lists {@code diffId}. */
    public ImageArchiveBuilder rawLayer(byte[] blob, String diffId, String createdBy) {
        return addLayer(new Layer(blob.clone(), diffId, Compression.NONE), createdBy);
    }

    /** A history step that made no layer ({@code ENV}, {@code CMD} …), e.g. {@code /bin/sh -c #(nop)  CMD ["sh"]}. */
    public ImageArchiveBuilder emptyStep(String createdBy) {
        steps.add(new Step(createdBy, null));
        return this;
    }

    /** Writes manifest.json and the config before the layers (docker save writes them last). */
    public ImageArchiveBuilder manifestFirst() {
        manifestFirst = true;
        return this;
    }

    private ImageArchiveBuilder addLayer(Layer layer, String createdBy) {
        layers.add(layer);
        steps.add(new Step(createdBy, layer));
        return this;
    }

    private static byte[] compress(byte[] tar, Compression compression) {
        if (compression == Compression.NONE) {
            return tar;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = compression == Compression.GZIP
                ? new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(bytes)
                : new org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream(bytes)) {
            out.write(tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public List<String> repoTags() {
        return List.copyOf(repoTags);
    }

    /** The image config JSON; its sha256 is the image id. */
    public byte[] configJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("architecture", hostArchitecture());
        root.put("os", "linux");
        root.put("created", created.toString());
        ObjectNode config = root.putObject("config");
        env.forEach(config.putArray("Env")::add);
        if (!cmd.isEmpty()) {
            cmd.forEach(config.putArray("Cmd")::add);
        }
        if (!entrypoint.isEmpty()) {
            entrypoint.forEach(config.putArray("Entrypoint")::add);
        }
        config.put("User", user);
        config.put("WorkingDir", workingDir);
        if (!healthcheck.isEmpty()) {
            ObjectNode health = config.putObject("Healthcheck");
            healthcheck.forEach(health.putArray("Test")::add);
            health.put("Interval", healthInterval.toNanos());
            health.put("Timeout", healthInterval.toNanos());
            health.put("Retries", 1);
        }
        ObjectNode ports = config.putObject("ExposedPorts");
        exposedPorts.forEach(port -> ports.putObject(port));
        ObjectNode labelNode = config.putObject("Labels");
        labels.forEach(labelNode::put);
        ObjectNode rootfs = root.putObject("rootfs");
        rootfs.put("type", "layers");
        ArrayNode diffIds = rootfs.putArray("diff_ids");
        ArrayNode history = root.putArray("history");
        for (Layer layer : layers) {
            diffIds.add(layer.diffId());
        }
        for (Step each : steps) {
            ObjectNode step = history.addObject();
            step.put("created", created.toString());
            step.put("created_by", each.createdBy());
            if (each.layer() == null) {
                step.put("empty_layer", true);
            }
        }
        return bytes(root);
    }

    /** The image id the daemon will report: {@code sha256:} and the config's digest. */
    public String imageId() {
        return "sha256:" + sha256(configJson());
    }

    /** Writes the {@code docker save} form. */
    public void writeDockerArchive(OutputStream out) throws IOException {
        byte[] config = configJson();
        String configName = sha256(config) + ".json";
        ArrayNode manifest = JSON.createArrayNode();
        ObjectNode image = manifest.addObject();
        image.put("Config", configName);
        repoTags.forEach(image.putArray("RepoTags")::add);
        ArrayNode layerNames = image.putArray("Layers");
        for (Layer layer : layers) {
            layerNames.add(sha256(layer.blob()) + "/layer.tar");
        }
        try (TarArchiveOutputStream tar = tar(out)) {
            if (manifestFirst) {
                put(tar, "manifest.json", bytes(manifest));
                put(tar, configName, config);
            }
            java.util.Set<String> written = new java.util.HashSet<>();
            for (Layer layer : layers) {
                String folder = sha256(layer.blob());
                if (written.add(folder)) {
                    put(tar, folder + "/VERSION", "1.0".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    put(tar, folder + "/layer.tar", layer.blob());
                }
            }
            if (!manifestFirst) {
                put(tar, configName, config);
                put(tar, "manifest.json", bytes(manifest));
            }
            tar.finish();
        }
    }

    public Path writeDockerArchive(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeDockerArchive(out);
        }
        return file;
    }

    public byte[] toDockerArchive() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeDockerArchive(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the OCI image layout form (oci-layout, index.json, blobs/sha256/…), layers stored as added. */
    public void writeOciLayout(OutputStream out) throws IOException {
        Map<String, byte[]> files = ociLayoutFiles();
        try (TarArchiveOutputStream tar = tar(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(tar, file.getKey(), file.getValue());
            }
            tar.finish();
        }
    }

    /** Writes the OCI image layout as a folder. */
    public Path writeOciDirectory(Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : ociLayoutFiles().entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return folder;
    }

    /** Path → content of the OCI layout, in the order a tar of it is written (index.json last). */
    private Map<String, byte[]> ociLayoutFiles() {
        byte[] config = configJson();
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        descriptor(manifest.putObject("config"), "application/vnd.oci.image.config.v1+json", config);
        ArrayNode layerList = manifest.putArray("layers");
        for (Layer layer : layers) {
            descriptor(layerList.addObject(), "application/vnd.oci.image.layer.v1.tar"
                    + layer.compression().mediaTypeSuffix, layer.blob());
        }
        byte[] manifestBytes = bytes(manifest);
        ObjectNode index = JSON.createObjectNode();
        index.put("schemaVersion", 2);
        index.put("mediaType", "application/vnd.oci.image.index.v1+json");
        ArrayNode manifests = index.putArray("manifests");
        List<String> names = repoTags.isEmpty() ? List.of("") : repoTags;
        for (String name : names) {
            ObjectNode entry = manifests.addObject();
            descriptor(entry, "application/vnd.oci.image.manifest.v1+json", manifestBytes);
            if (!name.isEmpty()) {
                ObjectNode annotations = entry.putObject("annotations");
                annotations.put("io.containerd.image.name", name);
                annotations.put("org.opencontainers.image.ref.name", name.substring(name.lastIndexOf(':') + 1));
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Layer layer : layers) {
            files.put("blobs/sha256/" + sha256(layer.blob()), layer.blob());
        }
        files.put("blobs/sha256/" + sha256(config), config);
        files.put("blobs/sha256/" + sha256(manifestBytes), manifestBytes);
        files.put("index.json", bytes(index));
        return files;
    }

    public Path writeOciLayout(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeOciLayout(out);
        }
        return file;
    }

    private static void descriptor(ObjectNode node, String mediaType, byte[] content) {
        node.put("mediaType", mediaType);
        node.put("digest", "sha256:" + sha256(content));
        node.put("size", content.length);
    }

    private static TarArchiveOutputStream tar(OutputStream out) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(0100644);
        entry.setModTime(FIXED_TIME);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static byte[] bytes(Object json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OCI name of this machine's CPU architecture, e.g. {@code amd64}, {@code arm64}. */
    public static String hostArchitecture() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
    }
}
