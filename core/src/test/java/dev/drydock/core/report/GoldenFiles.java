package dev.drydock.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares exporter output with the expected files in {@code src/test/resources/dev/drydock/core/report/golden}.
 * After an intended change of a format, regenerate them and review the diff:
 * <pre>mvn -q -B -pl core test -Dtest='*Report*Test' -Ddrydock.updateGolden=true &amp;&amp; git diff core/src/test/resources</pre>
 */
final class GoldenFiles {

    private static final Path SOURCE_DIR = Path.of("src/test/resources/dev/drydock/core/report/golden");

    private GoldenFiles() {
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
        assertThat(actual).as("output differs from golden/%s (see GoldenFiles to regenerate)", name).isEqualTo(expected(name));
    }

    private static String expected(String name) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new AssertionError("golden/" + name + " is missing; create it with -Ddrydock.updateGolden=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
