package dev.drydock.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.text.MessageTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one {@code .drydock.yaml} or {@code .hadolint.yaml}. Drydock files must only use known
 * settings; Hadolint files may carry Hadolint's other settings (output format, colours…), which are
 * skipped. Every problem becomes a {@link ConfigException} naming the file, line and column.
 */
final class ConfigFileReader {

    private static final MessageTexts TEXTS = MessageTexts.load(ConfigFileReader.class, "config-errors.properties");

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private final ObjectMapper strict = mapper(true);
    private final ObjectMapper lenient = mapper(false);

    /** True for files in Hadolint's format, judged by name ({@code .hadolint.yaml}, {@code hadolint.yml}…). */
    static boolean isHadolintFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).matches("(.*\\.)?hadolint\\.ya?ml");
    }

    ConfigFileContent read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(TEXTS.text("missing", file));
        } catch (IOException e) {
            throw new ConfigException(TEXTS.text("unreadable", file, e.getMessage()));
        }
        ObjectMapper mapper = isHadolintFile(file) ? lenient : strict;
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() == null) {
                return ConfigFileContent.empty();
            }
            return mapper.readValue(parser, ConfigFileContent.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            JsonLocation key = keyLocation(mapper, text, e.getPropertyName()).orElse(e.getLocation());
            throw problem(file, key, TEXTS.text("unknown-setting", e.getPropertyName(), known));
        } catch (InvalidFormatException e) {
            throw problem(file, e.getLocation(), TEXTS.text("bad-value", e.getValue(), path(e), hint(e.getTargetType())));
        } catch (MismatchedInputException e) {
            throw problem(file, e.getLocation(), TEXTS.text("wrong-shape", path(e), expected(e.getTargetType())));
        } catch (JsonProcessingException e) {
            throw notYaml(file, e);
        } catch (IOException e) {
            throw new ConfigException(TEXTS.text("unreadable", file, e.getMessage()));
        }
    }

    /** YAML syntax errors: SnakeYAML knows the precise problem and where it is. */
    private static ConfigException notYaml(Path file, JsonProcessingException e) {
        String message = firstLine(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return problem(file, e.getLocation(), TEXTS.text("duplicate-setting", duplicate.group(1)));
        }
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            String where = TEXTS.text("where", mark.getLine() + 1, mark.getColumn() + 1);
            String problem = yaml.getProblem() == null ? message : yaml.getProblem();
            return new ConfigException(TEXTS.text("problem", file, where, TEXTS.text("not-yaml", problem)));
        }
        return problem(file, e.getLocation(), TEXTS.text("not-yaml", message));
    }

    /** Where the key {@code name} is written: Jackson reports unknown keys only after reading their value. */
    private static Optional<JsonLocation> keyLocation(ObjectMapper mapper, String text, String name) {
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && name.equals(parser.currentName())) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return TEXTS.text("expected-other");
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return TEXTS.text("expected-list");
        }
        if (type == String.class || type == Severity.class || type == LabelType.class) {
            return TEXTS.text("expected-text");
        }
        if (type == Boolean.class) {
            return TEXTS.text("expected-boolean");
        }
        return TEXTS.text("expected-mapping");
    }

    private static ConfigException problem(Path file, JsonLocation location, String what) {
        String where = location == null || location.getLineNr() < 1
                ? TEXTS.text("where-unknown")
                : TEXTS.text("where", location.getLineNr(), location.getColumnNr());
        return new ConfigException(TEXTS.text("problem", file, where, what));
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? TEXTS.text("whole-file") : "'" + path + "'";
    }

    private static String hint(Class<?> type) {
        if (type == Severity.class) {
            return TEXTS.text("hint-severity");
        }
        if (type == LabelType.class) {
            return TEXTS.text("hint-label-type");
        }
        if (type == Boolean.class || type == boolean.class) {
            return TEXTS.text("hint-boolean");
        }
        return TEXTS.text("hint-other");
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    private static ObjectMapper mapper(boolean failOnUnknown) {
        SimpleModule values = new SimpleModule("drydock-config-values")
                .addDeserializer(Severity.class, new TextValue<>(Severity.class, Severity::parse))
                .addDeserializer(LabelType.class, new TextValue<>(LabelType.class, LabelType::parse));
        return YAMLMapper.builder(new YAMLFactory())
                .addModule(values)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknown)
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .build();
    }

    /** A value written as text and read by a parse function; anything unparseable is an invalid-format error. */
    private static final class TextValue<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Function<String, Optional<T>> parse;

        TextValue(Class<T> type, Function<String, Optional<T>> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            Optional<T> value = parse.apply(text);
            if (value.isEmpty()) {
                throw InvalidFormatException.from(parser, "not a " + type.getSimpleName(), text, type);
            }
            return value.get();
        }
    }
}
