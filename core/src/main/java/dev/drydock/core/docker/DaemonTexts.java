package dev.drydock.core.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The user-facing texts of this package, kept in {@code daemon-errors.properties}. */
final class DaemonTexts {

    private static final Properties TEXTS = load();

    private DaemonTexts() {
    }

    /** The text under {@code key} with {@code {0}}, {@code {1}} … replaced by {@code args}. */
    static String text(String key, Object... args) {
        String text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("missing text " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = DaemonTexts.class.getResourceAsStream("daemon-errors.properties")) {
            if (in == null) {
                throw new IllegalStateException("daemon-errors.properties is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
