package dev.drydock.core.image.attribution;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.image.layers.ImageScanner;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An image the daemon's (classic) builder made maps back to the Dockerfile it was built from. */
@DaemonTest
class DockerfileAttributionDaemonTest {

    private static final String DOCKERFILE = """
            ARG BASE
            FROM $BASE
            ARG FLAVOUR=plain
            ENV APP_HOME=/app MODE=test
            WORKDIR /app
            COPY config.txt /app/config.txt
            COPY config.txt ./again/
            RUN echo "$FLAVOUR" > /app/flavour.txt && \\
                echo done
            LABEL org.example.role=demo
            USER 1000
            CMD ["sh", "-c", "sleep 1"]
            """;

    @Test
    void eachLayerOfTheBuildMapsToTheInstructionThatMadeIt() throws Exception {
        String id = build();
        try (DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint())) {
            ScannedImage image = ImageScanner.scan(ImageSource.daemon(daemon, id, -1), List.of(), LayerCache.none(),
                    ProgressListener.none(), CancellationToken.none());

            DockerfileAttribution attribution = DockerfileAttribution.of(Dockerfile.parse(DOCKERFILE), image);

            assertThat(attribution.lineOfLayer(0)).as("the busybox layer of the base image").isEmpty();
            List<Integer> lines = image.layers().stream().skip(1)
                    .map(layer -> attribution.lineOfLayer(layer.index()).orElse(0)).toList();
            // WORKDIR makes a layer in the classic builder; the COPYs and the RUN always do.
            assertThat(lines).containsSubsequence(6, 7, 8).doesNotContain(0);
            assertThat(attribution.mappedSteps()).as("every instruction of the final stage").isEqualTo(9);
        } finally {
            TestDocker.client().removeImageCmd(id).withForce(true).exec();
        }
    }

    private static String build() throws IOException {
        DockerClient docker = TestDocker.client();
        try (ByteArrayInputStream context = new ByteArrayInputStream(context())) {
            return docker.buildImageCmd()
                    .withTarInputStream(context)
                    .withBuildArg("BASE", TestImages.busybox().reference())
                    .withLabels(Map.of(TestImages.RUN_LABEL, TestImages.RUN_ID))
                    .withRemove(true)
                    .withPull(false)
                    .exec(new BuildImageResultCallback())
                    .awaitImageId(120, TimeUnit.SECONDS);
        }
    }

    private static byte[] context() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            add(tar, "Dockerfile", DOCKERFILE);
            add(tar, "config.txt", "hello\n");
        }
        return bytes.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, String name, String text) throws IOException {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
