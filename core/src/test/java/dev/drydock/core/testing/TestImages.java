package dev.drydock.core.testing;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Image;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Images for daemon tests, built in code and loaded with {@code docker load}: nothing is pulled.
 * The runnable busybox image holds the host's static {@code /bin/busybox} plus applet links
 * ({@code sh}, {@code sleep} …) and a minimal {@code /etc/passwd}. Every image carries the label
 * {@code dev.drydock.test=<JVM run id>} and is removed when the JVM ends.
 */
public final class TestImages {

    /** The label key every test object carries. */
    public static final String RUN_LABEL = "dev.drydock.test";
    /** This JVM's run id, the value of {@link #RUN_LABEL} on images. */
    public static final String RUN_ID = "jvm-" + randomHex();
    public static final Path HOST_BUSYBOX = Path.of("/bin/busybox");

    private static final List<String> APPLETS = List.of("sh", "sleep", "cat", "echo", "ls", "id", "env", "true",
            "false", "ps", "kill", "mkdir", "rm", "touch", "grep", "head", "tail", "wget", "nc", "dmesg", "whoami");
    private static final Map<Map<String, String>, TestImage> BUSYBOX_BY_LABELS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestImages::removeAll, "drydock-test-image-cleanup"));
    }

    private static final Set<String> LOADED_HERE = ConcurrentHashMap.newKeySet();

    private TestImages() {
    }

    /**
     * The references of the images this JVM loaded: tests that look for leftovers of their own kind (e.g. by a
     * label every build's tests use) keep to containers of these, not those of builds running beside them.
     */
    public static Set<String> loadedHere() {
        return Collections.unmodifiableSet(LOADED_HERE);
    }

    /** The shared runnable busybox image (default command {@code sh}); do not remove it. */
    public static TestImage busybox() {
        return busybox(Map.of());
    }

    /** A shared runnable busybox image with these extra labels, loaded once per JVM and label set. */
    public static TestImage busybox(Map<String, String> labels) {
        return BUSYBOX_BY_LABELS.computeIfAbsent(Map.copyOf(labels),
                l -> load(busyboxArchive(uniqueTag("busybox")).labels(l)));
    }

    /** A new image of its own (tests that remove or retag images use this), removed at JVM end. */
    public static TestImage load(ImageArchiveBuilder archive) {
        if (archive.repoTags().isEmpty()) {
            throw new IllegalArgumentException("give the test image a tag (TestImages.uniqueTag) so it can be found");
        }
        DockerClient docker = TestDocker.client();
        try (InputStream tar = new ByteArrayInputStream(archive.toDockerArchive())) {
            docker.loadImageCmd(tar).exec();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String reference = archive.repoTags().get(0);
        LOADED_HERE.add(reference);
        String id = docker.inspectImageCmd(reference).exec().getId();
        return new TestImage(reference, id);
    }

    /** The busybox image as an archive, not loaded: add layers, labels or settings, then {@link #load}. */
    public static ImageArchiveBuilder busyboxArchive(String repoTag) {
        return ImageArchiveBuilder.create()
                .repoTag(repoTag)
                .label(RUN_LABEL, RUN_ID)
                .cmd("sh")
                .layer(busyboxLayer(), "COPY busybox (Drydock test fixture)");
    }

    /** A tiny image that cannot run anything: one layer with one text file. */
    public static ImageArchiveBuilder tinyArchive(String repoTag) {
        return ImageArchiveBuilder.create()
                .repoTag(repoTag)
                .label(RUN_LABEL, RUN_ID)
                .cmd("/nothing")
                .layer(LayerBuilder.create().file("hello.txt", "hello from Drydock tests\n"),
                        "COPY hello.txt (Drydock test fixture)");
    }

    /** The root filesystem layer of the busybox image. */
    public static LayerBuilder busyboxLayer() {
        if (!Files.isRegularFile(HOST_BUSYBOX)) {
            throw new IllegalStateException("Test images need the host's static " + HOST_BUSYBOX
                    + " (Debian: apt-get install busybox-static).");
        }
        LayerBuilder layer = LayerBuilder.create()
                .directory("tmp", 01777)
                .copyOf("bin/busybox", HOST_BUSYBOX, 0755);
        APPLETS.forEach(applet -> layer.symlink("bin/" + applet, "busybox"));
        return layer
                .file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n")
                .file("etc/group", "root:x:0:\nnogroup:x:65534:\n");
    }

    /** A tag no other test run uses: {@code drydock-test/<name>:<random>}. */
    public static String uniqueTag(String name) {
        return "drydock-test/" + name + ":" + randomHex();
    }

    private static String randomHex() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** Removes every image of this JVM's run (also ones a test forgot). */
    static void removeAll() {
        try {
            DockerClient docker = TestDocker.client();
            List<Image> images = docker.listImagesCmd().withLabelFilter(Map.of(RUN_LABEL, RUN_ID)).exec();
            for (Image image : images) {
                try {
                    docker.removeImageCmd(image.getId()).withForce(true).exec();
                } catch (RuntimeException alreadyGone) {
                    // removed by a test, or still used by a leaked container: nothing more to do at exit
                }
            }
        } catch (RuntimeException noDaemon) {
            // no daemon: nothing was created
        }
    }
}
