package dev.drydock.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with expected files in a {@code golden} folder of the test resources, beside the
 * package of an anchor class. After an intended change, regenerate them and review the diff:
 * <pre>mvn -q -B -pl core test -Dtest='…' -Ddrydock.updateGolden=true &amp;&amp; git diff core/src/test/resources</pre>
 */
public final class GoldenFiles {

    private final Class<?> anchor;
    private final Path sourceFolder;

    private GoldenFiles(Class<?> anchor) {
        this.anchor = anchor;
        this.sourceFolder = Path.of("src/test/resources", anchor.getPackageName().replace('.', '/'), "golden");
    }

    /** The golden files of {@code anchor}'s package ({@code src/test/resources/<package>/golden}). */
    public static GoldenFiles beside(Class<?> anchor) {
        return new GoldenFiles(anchor);
    }

    /** Asserts that {@code actual} is the golden file {@code name}, or rewrites it with {@code -Ddrydock.updateGolden=true}. */
    public void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("drydock.updateGolden")) {
            try {
                Files.createDirectories(sourceFolder);
                Files.writeString(sourceFolder.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).as("output differs from golden/%s (regenerate with -Ddrydock.updateGolden=true)", name)
                .isEqualTo(expected(name));
    }

    private String expected(String name) {
        try (InputStream in = anchor.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new AssertionError("golden/" + name + " is missing; create it with -Ddrydock.updateGolden=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
