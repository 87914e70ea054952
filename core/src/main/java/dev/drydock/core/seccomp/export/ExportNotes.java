package dev.drydock.core.seccomp.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The explanations written beside an export, as shipped in this package's resources, with their blanks filled. */
final class ExportNotes {
    private ExportNotes() {
    }

    /** The note {@code name}, each {@code {key}} replaced by its value. */
    static String read(String name, Map<String, String> values) {
        String text;
        try (InputStream in = ExportNotes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing export note " + name + " in the Drydock jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read export note " + name, e);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    /** The note as YAML comment lines ({@code # …}), each ending with a newline. */
    static String asYamlComment(String note) {
        StringBuilder out = new StringBuilder();
        for (String line : note.strip().split("\n", -1)) {
            out.append(line.isBlank() ? "#" : "# " + line.stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
