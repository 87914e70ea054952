package dev.drydock.core.image.layers;

import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.inspect.ImageInspection;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.SecretFact;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.ImageArchiveBuilder.Compression;
import dev.drydock.core.testing.LayerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretRevealTest {

    private static final String KEY_ID = "AKIAQ7ZL4XW2RNB5KD3M";
    private static final String SECRET_KEY = "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";
    private static final String CREDENTIALS = "[default]\naws_access_key_id = " + KEY_ID + "\naws_secret_access_key = "
            + SECRET_KEY + "\n";

    @TempDir
    Path temp;

    /** Layer 1 plants the credentials, layer 2 deletes them, layer 3 is big and comes last. */
    private ImageArchiveBuilder image() {
        byte[] noise = new byte[3 << 20];
        new Random(7).nextBytes(noise);
        return ImageArchiveBuilder.create().repoTag("shop/reveal:1.0")
                .layer(LayerBuilder.create().file("etc/hostname", "box\n"), "ADD rootfs")
                .layer(LayerBuilder.create().file("root/.aws/credentials", CREDENTIALS), "COPY credentials", Compression.GZIP)
                .layer(LayerBuilder.create().whiteout("root/.aws/credentials"), "RUN rm root/.aws/credentials")
                .layer(LayerBuilder.create().file("opt/blob.bin", noise, 0644), "COPY blob");
    }

    private static ScannedImage scan(ImageSource source) throws ImageArchiveException {
        return new ImageInspection(LayerCache.none()).inspect(source, LocalDate.of(2026, 1, 1), ProgressListener.none(),
                CancellationToken.none()).image();
    }

    private static Optional<RevealedSecret> reveal(ImageSource source, ScannedImage image, Located<SecretFact> secret)
            throws ImageArchiveException {
        return SecretReveal.reveal(source, image.layers().get(secret.layer()).diffId(), secret.fact().path(),
                secret.fact().line(), ProgressListener.none(), CancellationToken.none());
    }

    private static Located<SecretFact> secret(ScannedImage image, String kind) {
        return image.secrets().stream().filter(s -> s.fact().kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void revealsTheClearLineOfASecretInADeletedFileOfATarball() throws Exception {
        ImageSource source = ImageSource.file(image().writeDockerArchive(temp.resolve("image.tar")));
        ScannedImage image = scan(source);
        Located<SecretFact> key = secret(image, "aws-secret-key");
        assertThat(key.hidden()).isTrue();
        assertThat(key.layer()).isEqualTo(1);
        assertThat(image.secrets().toString()).doesNotContain(SECRET_KEY).doesNotContain(KEY_ID);

        RevealedSecret clear = reveal(source, image, key).orElseThrow();

        assertThat(clear.text()).isEqualTo("aws_secret_access_key = " + SECRET_KEY);
        assertThat(clear.line()).isEqualTo(3);
        assertThat(clear.cut()).isFalse();
        assertThat(clear.toString()).doesNotContain(SECRET_KEY);
        assertThat(reveal(source, image, secret(image, "aws-access-key")).orElseThrow().text()).contains(KEY_ID);
    }

    @Test
    void revealsFromAnOciLayoutFolderAndAnOciArchive() throws Exception {
        for (ImageSource source : new ImageSource[] {
                ImageSource.file(image().writeOciDirectory(temp.resolve("oci"))),
                ImageSource.file(image().writeOciLayout(temp.resolve("oci.tar")))}) {
            ScannedImage image = scan(source);
            assertThat(reveal(source, image, secret(image, "aws-secret-key")).orElseThrow().text()).endsWith(SECRET_KEY);
        }
    }

    @Test
    void stopsReadingOnceTheLayerIsDone() throws Exception {
        Path file = image().writeDockerArchive(temp.resolve("image.tar"));
        ScannedImage image = scan(ImageSource.file(file));
        AtomicLong read = new AtomicLong();
        ImageSource counted = new ImageSource.Archive("image.tar", "", -1, () -> counting(Files.newInputStream(file), read));

        assertThat(reveal(counted, image, secret(image, "aws-secret-key"))).isPresent();
        assertThat(read.get()).isLessThan(Files.size(file) / 2);
    }

    @Test
    void aLayerWithoutTheFileRevealsNothing() throws Exception {
        ImageSource source = ImageSource.file(image().writeDockerArchive(temp.resolve("image.tar")));
        ScannedImage image = scan(source);

        assertThat(SecretReveal.reveal(source, image.layers().get(0).diffId(), "root/.aws/credentials", 3,
                ProgressListener.none(), CancellationToken.none())).isEmpty();
    }

    @Test
    void aLayerTheImageDoesNotHaveIsAClearError() throws Exception {
        ImageSource source = ImageSource.file(image().writeDockerArchive(temp.resolve("image.tar")));

        assertThatThrownBy(() -> SecretReveal.reveal(source, "sha256:" + "0".repeat(64), "root/.aws/credentials", 3,
                ProgressListener.none(), CancellationToken.none()))
                .isInstanceOf(ImageArchiveException.class).hasMessageContaining("image.tar");
    }

    @Test
    void longLinesAreCut() throws Exception {
        String line = "TOKEN=" + "x".repeat(SecretReveal.MAX_LINE_CHARS * 2);
        ImageSource source = ImageSource.file(ImageArchiveBuilder.create()
                .layer(LayerBuilder.create().file("app/.env", "A=1\n" + line + "\n"), "COPY app")
                .writeDockerArchive(temp.resolve("long.tar")));
        ScannedImage image = scan(source);

        RevealedSecret clear = SecretReveal.reveal(source, image.layers().get(0).diffId(), "/app/.env", 2,
                ProgressListener.none(), CancellationToken.none()).orElseThrow();

        assertThat(clear.cut()).isTrue();
        assertThat(clear.text()).hasSize(SecretReveal.MAX_LINE_CHARS).startsWith("TOKEN=xxx");
    }

    private static InputStream counting(InputStream in, AtomicLong read) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                read.addAndGet(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                read.addAndGet(Math.max(0, n));
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                read.addAndGet(skipped);
                return skipped;
            }
        };
    }
}
