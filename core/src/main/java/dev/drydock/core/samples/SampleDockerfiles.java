package dev.drydock.core.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The sample Dockerfiles bundled as resources ({@code samples.properties} lists them with title,
 * description and the rules each shows), so a trainer can demonstrate the classic risks without any
 * setup or network. Loaded once.
 */
public final class SampleDockerfiles {

    private static final String FOLDER = "/dev/drydock/core/samples/";

    private static final class Loaded {
        static final List<SampleDockerfile> ALL = load();
    }

    private SampleDockerfiles() {
    }

    /** Every sample, in menu order. */
    public static List<SampleDockerfile> all() {
        return Loaded.ALL;
    }

    public static Optional<SampleDockerfile> byId(String id) {
        return all().stream().filter(sample -> sample.id().equals(id)).findFirst();
    }

    private static List<SampleDockerfile> load() {
        Properties index = new Properties();
        try (InputStream in = resource("samples.properties")) {
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled samples index cannot be read", e);
        }
        List<SampleDockerfile> samples = new ArrayList<>();
        for (String id : index.getProperty("samples", "").split(",")) {
            String key = id.strip();
            samples.add(new SampleDockerfile(key, required(index, key + ".title"), required(index, key + ".description"),
                    ids(index.getProperty(key + ".shows", "")), text(key + ".Dockerfile")));
        }
        return List.copyOf(samples);
    }

    private static String required(Properties index, String key) {
        String value = index.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("samples.properties lacks " + key);
        }
        return value.strip();
    }

    private static List<String> ids(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled sample " + name + " cannot be read", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleDockerfiles.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("missing resource " + FOLDER + name);
        }
        return in;
    }
}
