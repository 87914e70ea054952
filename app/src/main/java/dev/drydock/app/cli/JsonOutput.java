package dev.drydock.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes the {@code --format json} answers: indented, one document per command, newline at the end. */
final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Data binding for the small answers; built on first use, the container list does without. */
    private static final class Binding {
        static final ObjectWriter WRITER = new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writerWithDefaultPrettyPrinter();
    }

    private JsonOutput() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            Binding.WRITER.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** The container list, streamed: the same text {@link #print} would write, in a fraction of the time. */
    static void printContainers(PrintWriter out, List<ContainerJson> containers) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartArray();
            for (ContainerJson container : containers) {
                container.write(g);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** Prepares the serializers of the info answer ahead of time. */
    static void warmUp() {
        print(new PrintWriter(new StringWriter()), Map.of("a", List.of("b")));
    }
}
