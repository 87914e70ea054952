package dev.drydock.core.seccomp.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tiny helper image learning and the probes fall back on when the workload's image has no {@code dmesg}
 * or {@code busybox} and none was named: built here from this machine's static busybox (Debian:
 * {@code busybox-static}) and loaded into the daemon — nothing is pulled. Only possible when the daemon runs
 * on this machine (a unix socket that exists here) with the same architecture as that busybox; the image is
 * tagged by the binary's digest, so it is built once.
 */
public final class LocalHelperImage {

    public static final String REPOSITORY = "drydock/seccomp-helper";
    public static final String LABEL = "dev.drydock.seccomp-helper";
    static final Path HOST_BUSYBOX = Path.of("/bin/busybox");
    private static final List<String> APPLETS = List.of("sh", "dmesg", "unshare", "mount", "insmod", "chroot", "nsenter");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalHelperImage() {
    }

    /** The helper image's reference, built and loaded when missing; empty when it cannot be made here. */
    public static Optional<String> ensure(DockerDaemon daemon) {
        return ensure(daemon, HOST_BUSYBOX);
    }

    static Optional<String> ensure(DockerDaemon daemon, Path busybox) {
        if (!daemonIsLocal(daemon) || !Files.isRegularFile(busybox)) {
            return Optional.empty();
        }
        try {
            byte[] binary = Files.readAllBytes(busybox);
            Optional<String> arch = StaticElf.architectureOfStatic(binary);
            String daemonArch = NativeArchitecture.of(daemon).architecture();
            if (arch.isEmpty() || !arch.get().equals(daemonArch)) {
                return Optional.empty();
            }
            String reference = REPOSITORY + ":" + sha256(binary).substring(0, 12);
            if (!exists(daemon, reference)) {
                daemon.loadImage(new ByteArrayInputStream(archive(binary, reference, arch.get())));
            }
            return Optional.of(reference);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean daemonIsLocal(DockerDaemon daemon) {
        String uri = daemon.endpoint().uri();
        return uri.startsWith("unix://") && Files.exists(Path.of(uri.substring("unix://".length())));
    }

    private static boolean exists(DockerDaemon daemon, String reference) {
        try {
            daemon.inspectImage(reference);
            return true;
        } catch (DaemonAccessException missing) {
            if (missing.connectionLost()) {
                throw missing;
            }
            return false;
        }
    }

    /** A {@code docker save} archive: one layer with /bin/busybox and its applet links, its config, the manifest. */
    static byte[] archive(byte[] busybox, String reference, String architecture) throws IOException {
        byte[] layer = layer(busybox);
        String diffId = "sha256:" + sha256(layer);
        ObjectNode config = JSON.createObjectNode();
        config.put("architecture", architecture.equals("aarch64") ? "arm64" : "amd64");
        config.put("os", "linux");
        ObjectNode settings = config.putObject("config");
        settings.putArray("Env").add("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        settings.putArray("Cmd").add("sh");
        settings.putObject("Labels").put(LABEL, "busybox from " + HOST_BUSYBOX + " of the machine Drydock ran on");
        ObjectNode rootfs = config.putObject("rootfs");
        rootfs.put("type", "layers");
        rootfs.putArray("diff_ids").add(diffId);
        config.putArray("history").addObject().put("created_by", "Drydock: COPY " + HOST_BUSYBOX + " for seccomp learning");
        byte[] configBytes = JSON.writeValueAsBytes(config);
        String configName = sha256(configBytes) + ".json";
        String layerName = sha256(layer) + "/layer.tar";
        ArrayNode manifest = JSON.createArrayNode();
        ObjectNode image = manifest.addObject();
        image.put("Config", configName);
        image.putArray("RepoTags").add(reference);
        image.putArray("Layers").add(layerName);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            file(tar, layerName, layer, 0644);
            file(tar, configName, configBytes, 0644);
            file(tar, "manifest.json", JSON.writeValueAsBytes(manifest), 0644);
        }
        return bytes.toByteArray();
    }

    private static byte[] layer(byte[] busybox) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry bin = new TarArchiveEntry("bin/");
            bin.setMode(040755);
            tar.putArchiveEntry(bin);
            tar.closeArchiveEntry();
            file(tar, "bin/busybox", busybox, 0755);
            for (String applet : APPLETS) {
                TarArchiveEntry link = new TarArchiveEntry("bin/" + applet, TarArchiveEntry.LF_SYMLINK);
                link.setLinkName("busybox");
                tar.putArchiveEntry(link);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void file(TarArchiveOutputStream tar, String name, byte[] content, int mode) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(0100000 | mode);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is missing from this Java runtime", e));
        }
    }

    /** For messages: what the fallback needs. */
    static String requirement() {
        return "a static busybox at " + HOST_BUSYBOX + " (Debian: apt-get install busybox-static) and a daemon on this machine";
    }
}
