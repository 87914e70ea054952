package dev.drydock.core.seccomp.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.seccomp.profile.ArchMapping;
import dev.drydock.core.seccomp.profile.RuleFilter;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallArg;
import dev.drydock.core.seccomp.profile.SyscallRule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a profile as Docker writes it: Docker's key order, tab indentation, {@code "key": value},
 * absent (null) fields left out, fields the model does not know written after the known ones.
 * A profile read from moby's {@code default.json} is written back byte for byte.
 */
public final class SeccompProfileWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SeccompProfileWriter() {
    }

    /** The profile as JSON text, ending with a newline. */
    public static String write(SeccompProfile profile) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.setPrettyPrinter(dockerLayout());
            writeProfile(json, profile);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out + "\n";
    }

    private static DefaultPrettyPrinter dockerLayout() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter tabs = new DefaultIndenter("\t", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(tabs).withArrayIndenter(tabs);
    }

    private static void writeProfile(JsonGenerator json, SeccompProfile p) throws IOException {
        json.writeStartObject();
        text(json, "defaultAction", p.defaultAction());
        unsigned(json, "defaultErrnoRet", p.defaultErrnoRet());
        texts(json, "architectures", p.architectures());
        texts(json, "flags", p.flags());
        text(json, "listenerPath", p.listenerPath());
        text(json, "listenerMetadata", p.listenerMetadata());
        if (p.archMap() != null) {
            json.writeArrayFieldStart("archMap");
            for (ArchMapping mapping : p.archMap()) {
                json.writeStartObject();
                text(json, "architecture", mapping.architecture());
                json.writeFieldName("subArchitectures");
                if (mapping.subArchitectures() == null) {
                    json.writeNull();
                } else {
                    stringArray(json, mapping.subArchitectures());
                }
                unknown(json, mapping.unknownFields());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (p.syscalls() != null) {
            json.writeArrayFieldStart("syscalls");
            for (SyscallRule rule : p.syscalls()) {
                writeRule(json, rule);
            }
            json.writeEndArray();
        }
        unknown(json, p.unknownFields());
        json.writeEndObject();
    }

    private static void writeRule(JsonGenerator json, SyscallRule rule) throws IOException {
        json.writeStartObject();
        texts(json, "names", rule.names());
        text(json, "action", rule.action());
        unsigned(json, "errnoRet", rule.errnoRet());
        if (rule.args() != null) {
            json.writeArrayFieldStart("args");
            for (SyscallArg arg : rule.args()) {
                json.writeStartObject();
                unsigned(json, "index", arg.index());
                unsigned(json, "value", arg.value());
                unsigned(json, "valueTwo", arg.valueTwo());
                text(json, "op", arg.op());
                unknown(json, arg.unknownFields());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        text(json, "name", rule.name());
        text(json, "comment", rule.comment());
        filter(json, "includes", rule.includes());
        filter(json, "excludes", rule.excludes());
        unknown(json, rule.unknownFields());
        json.writeEndObject();
    }

    private static void filter(JsonGenerator json, String field, RuleFilter filter) throws IOException {
        if (filter == null) {
            return;
        }
        json.writeObjectFieldStart(field);
        texts(json, "caps", filter.caps());
        texts(json, "arches", filter.arches());
        text(json, "minKernel", filter.minKernel());
        unknown(json, filter.unknownFields());
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void unsigned(JsonGenerator json, String field, Long value) throws IOException {
        if (value != null) {
            json.writeFieldName(field);
            json.writeNumber(Long.toUnsignedString(value));
        }
    }

    private static void texts(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values != null) {
            json.writeFieldName(field);
            stringArray(json, values);
        }
    }

    private static void stringArray(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void unknown(JsonGenerator json, Map<String, JsonNode> fields) throws IOException {
        for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
            json.writeFieldName(field.getKey());
            MAPPER.writeTree(json, field.getValue());
        }
    }
}
