package dev.drydock.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
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

    private static final ObjectWriter WRITER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writerWithDefaultPrettyPrinter();

    private JsonOutput() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            WRITER.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** Prepares the serializers of the container list, the largest answer, ahead of time. */
    static void warmUp() {
        ContainerJson sample = new ContainerJson("id", "name", List.of("name"), "image", "sha256:0", "sh",
                "1970-01-01T00:00:00Z", "running", "Up", List.of(new ContainerJson.Port(80, 8080, "", "tcp")),
                List.of(new ContainerJson.Mount("volume", "", "", "/data", "", true, "")), Map.of("a", "b"));
        print(new PrintWriter(new StringWriter()), List.of(sample));
    }
}
