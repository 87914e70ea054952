package dev.drydock.core.image.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares SBOM output with {@code src/test/resources/dev/drydock/core/image/sbom/golden}. After an
 * intended change, regenerate and review the diff:
 * <pre>mvn -q -B -pl core test -Dtest='*ExporterTest' -Ddrydock.updateGolden=true &amp;&amp; git diff core/src/test/resources</pre>
 */
final class SbomGoldenFiles {

    private static final Path SOURCE_DIR = Path.of("src/test/resources/dev/drydock/core/image/sbom/golden");

    private SbomGoldenFiles() {
    }

    static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("drydock.updateGolden")) {
            try {
                Files.createDirectories(SOURCE_DIR);
                Files.writeString(SOURCE_DIR.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (InputStream in = SbomGoldenFiles.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden/%s is missing; create it with -Ddrydock.updateGolden=true", name).isNotNull();
            assertThat(actual).as("output differs from golden/%s (see SbomGoldenFiles to regenerate)", name)
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
