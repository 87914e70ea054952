package dev.drydock.core.audit.harden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.UncheckedIOException;
import java.util.Map;

/** Writes a tree of maps and lists as block YAML without a document marker, quoting only where needed. */
final class YamlWriting {

    private static final YAMLMapper MAPPER = YAMLMapper.builder(new YAMLFactory())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private YamlWriting() {
    }

    static String write(Map<String, Object> tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of maps and lists could not be written as YAML", e);
        }
    }
}
