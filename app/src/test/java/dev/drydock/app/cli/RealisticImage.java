package dev.drydock.app.cli;

import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestImages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An image with known contents, built in code, as the image scanner meets them in real life:
 * <ul>
 *   <li>base layer (history ends with {@code CMD}, so it counts as the base image): the host's static
 *       busybox, Debian 12's real os-release and real dpkg status entries (base-files, zlib1g, libzstd1,
 *       bash, busybox-static, copied from a Debian 12 system);</li>
 *   <li>app layer: the real commons-compress 1.28.0 jar from the local Maven repository, two npm
 *       packages (one scoped), a Python dist-info, a planted fake AWS key (AWS's documented example), a
 *       freshly generated PEM private key, a file named like a miner ({@code xmrig}), a setuid file;</li>
 *   <li>a layer writing AWS credentials, and one deleting them again (the secret still ships).</li>
 * </ul>
 */
final class RealisticImage {

    static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String HIDDEN_AWS_KEY = "AKIAI44QH8DHBEXAMPLE";
    static final String COMMONS_COMPRESS_PURL = "pkg:maven/org.apache.commons/commons-compress@1.28.0";
    static final Path COMMONS_COMPRESS = Path.of(System.getProperty("user.home"),
            ".m2/repository/org/apache/commons/commons-compress/1.28.0/commons-compress-1.28.0.jar");

    private RealisticImage() {
    }

    static ImageArchiveBuilder archive(String repoTag) {
        return ImageArchiveBuilder.create()
                .repoTag(repoTag)
                .label(TestImages.RUN_LABEL, TestImages.RUN_ID)
                .layer(baseLayer(), "/bin/sh -c #(nop) ADD file:4b03b5f551e3fbdf47ec609712007327828f7530cc3455c43bbcdcaf449a75a9 in / ")
                .emptyStep("/bin/sh -c #(nop)  CMD [\"bash\"]")
                .layer(appLayer(), "/bin/sh -c #(nop) COPY dir:8f2b7c1d0e in /app ")
                .layer(LayerBuilder.create().file("root/.aws/credentials",
                                "[default]\naws_access_key_id = " + HIDDEN_AWS_KEY + "\nregion = eu-west-1\n"),
                        "/bin/sh -c printf '[default]' > /root/.aws/credentials && ./deploy.sh")
                .layer(LayerBuilder.create().whiteout("root/.aws/credentials"),
                        "/bin/sh -c rm /root/.aws/credentials")
                .emptyStep("/bin/sh -c #(nop) WORKDIR /app")
                .emptyStep("/bin/sh -c #(nop)  CMD [\"sh\"]")
                .workingDir("/app")
                .cmd("sh");
    }

    private static LayerBuilder baseLayer() {
        return TestImages.busyboxLayer()
                .file("usr/lib/os-release", resource("os-release"), 0644)
                .symlink("etc/os-release", "../usr/lib/os-release")
                .file("var/lib/dpkg/status", resource("dpkg-status"), 0644);
    }

    private static LayerBuilder appLayer() {
        return LayerBuilder.create()
                .copyOf("app/lib/commons-compress-1.28.0.jar", COMMONS_COMPRESS, 0644)
                .file("app/node_modules/left-pad/package.json",
                        "{\"name\": \"left-pad\", \"version\": \"1.3.0\", \"license\": \"WTFPL\"}\n")
                .file("app/node_modules/@babel/code-frame/package.json",
                        "{\"name\": \"@babel/code-frame\", \"version\": \"7.24.7\", \"license\": \"MIT\"}\n")
                .file("app/package.json", "{\"name\": \"shop-web\", \"version\": \"2.1.0\", \"private\": true,"
                        + " \"dependencies\": {\"left-pad\": \"1.3.0\", \"@babel/code-frame\": \"7.24.7\"}}\n")
                .file("usr/lib/python3/dist-packages/requests-2.31.0.dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: requests\nVersion: 2.31.0\nSummary: Python HTTP for Humans.\n"
                                + "License: Apache 2.0\n")
                .file("app/config/settings.ini", "[aws]\naws_access_key_id = " + AWS_KEY + "\n")
                .file("app/keys/server.key", privateKeyPem(), 0600)
                .file("opt/.cache/xmrig", "\u007fELF not really a miner\n".getBytes(StandardCharsets.UTF_8), 0755)
                .file("usr/local/bin/backup-helper", "#!/bin/sh\necho backup\n".getBytes(StandardCharsets.UTF_8), 04755);
    }

    /** A new RSA key as PKCS#8 PEM: a real private key, made for this test run only. */
    static byte[] privateKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
            return ("-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = RealisticImage.class.getResourceAsStream("scan/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource scan/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
