package dev.drydock.app.cli;

import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestImages;

import java.nio.charset.StandardCharsets;

/**
 * A local stand-in for {@code node}, loaded from the busybox test image under two tags of one unique
 * repository: {@code <repo>:latest} and {@code <repo>:22.11.0}, the same image id. Nothing can be
 * pulled here, so its {@code bash}, {@code curl} and {@code apt-get} are tiny shell scripts that work
 * offline: {@code bash} runs busybox's ash, {@code curl} prints a script that writes
 * {@code /installed-by-script.txt}, {@code apt-get} prints what it was asked. Close it to remove both tags.
 */
final class LocalNodeImage implements AutoCloseable {

    static final String VERSION = "22.11.0";

    private final String repository;

    private LocalNodeImage(String repository) {
        this.repository = repository;
    }

    static LocalNodeImage load() {
        String repository = TestImages.uniqueTag("node").replace(':', '-');
        LayerBuilder shims = LayerBuilder.create()
                .file("bin/bash", script("exec /bin/busybox ash \"$@\""), 0755)
                .file("usr/bin/curl", script("echo 'echo installed > /installed-by-script.txt'"), 0755)
                .file("usr/bin/apt-get", script("echo \"apt-get $*\""), 0755)
                .directory("var/lib/apt/lists", 0755);
        TestImages.load(TestImages.busyboxArchive(repository + ":latest")
                .repoTag(repository + ":" + VERSION)
                .layer(shims, "COPY shims (Drydock test fixture)"));
        return new LocalNodeImage(repository);
    }

    private static byte[] script(String body) {
        return ("#!/bin/sh\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }

    String repository() {
        return repository;
    }

    String latest() {
        return repository + ":latest";
    }

    String version() {
        return repository + ":" + VERSION;
    }

    @Override
    public void close() {
        DockerCli.lines("image", "rm", "-f", latest(), version());
    }
}
