package dev.drydock.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * User-facing texts kept in a UTF-8 properties file beside the classes that use them. Placeholders
 * {@code {0}}, {@code {1}} … are replaced literally (no MessageFormat quoting rules to trip over).
 */
public final class MessageTexts {

    private final String resource;
    private final Properties texts;

    private MessageTexts(String resource, Properties texts) {
        this.resource = resource;
        this.texts = texts;
    }

    /** Loads {@code resource}, relative to {@code anchor}'s package. */
    public static MessageTexts load(Class<?> anchor, String resource) {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing beside " + anchor.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MessageTexts(resource, properties);
    }

    /** The text under {@code key} with its placeholders filled by {@code args}. */
    public String text(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("missing text " + key + " in " + resource);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
