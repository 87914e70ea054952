package dev.drydock.core.image.layers;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.image.inspect.ImageInspection;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.SecretFact;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A daemon image's secret is revealed from a second export of the image. */
@DaemonTest
class SecretRevealDaemonTest {

    @Test
    void revealsASecretDeletedByALaterLayerFromTheDaemonsExport() throws Exception {
        String token = "ghp_" + "R8kq2Zt7LmX4pW9vN3bC6yH1sD5fJ0aG2eQ7";
        TestImage loaded = TestImages.load(TestImages.busyboxArchive(TestImages.uniqueTag("reveal"))
                .layer(LayerBuilder.create().file("app/deploy.sh", "#!/bin/sh\nexport GITHUB_TOKEN=" + token + "\n"),
                        "COPY deploy.sh /app/")
                .layer(LayerBuilder.create().whiteout("app/deploy.sh"), "RUN rm /app/deploy.sh"));
        try (DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint())) {
            ImageSource source = ImageSource.daemon(daemon, loaded.reference(), -1);
            ScannedImage image = new ImageInspection(LayerCache.none()).inspect(source, LocalDate.of(2026, 1, 1),
                    ProgressListener.none(), CancellationToken.none()).image();
            Located<SecretFact> secret = image.secrets().stream()
                    .filter(s -> s.fact().path().equals("app/deploy.sh")).findFirst().orElseThrow();
            assertThat(secret.fact().maskedEvidence()).doesNotContain(token);

            RevealedSecret clear = SecretReveal.reveal(source, image.layers().get(secret.layer()).diffId(),
                    secret.fact().path(), secret.fact().line(), ProgressListener.none(), CancellationToken.none()).orElseThrow();

            assertThat(clear.text()).isEqualTo("export GITHUB_TOKEN=" + token);
        } finally {
            TestDocker.client().removeImageCmd(loaded.id()).withForce(true).exec();
        }
    }
}
