package dev.drydock.core.image.analyzers.packages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Debian control format (also the shape of Python's {@code METADATA}): paragraphs of
 * {@code Field: value} lines separated by blank lines; a line starting with a space or tab continues
 * the field above. Field names keep their case; the first occurrence of a field wins.
 */
final class ControlStanzas {

    /** One paragraph, with the 1-based line it starts on, and the lines that were neither fields nor continuations. */
    record Stanza(int line, Map<String, String> fields, List<Integer> badLines) {

        String get(String field) {
            return fields.getOrDefault(field, "");
        }
    }

    private ControlStanzas() {
    }

    static List<Stanza> parse(String text) {
        List<Stanza> stanzas = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        List<Integer> bad = new ArrayList<>();
        String last = null;
        int start = 1;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                if (!fields.isEmpty() || !bad.isEmpty()) {
                    stanzas.add(new Stanza(start, fields, bad));
                }
                fields = new LinkedHashMap<>();
                bad = new ArrayList<>();
                last = null;
                start = i + 2;
            } else if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (last != null) {
                    fields.computeIfPresent(last, (key, value) -> value + "\n" + line.strip());
                } else {
                    bad.add(i + 1);
                }
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    bad.add(i + 1);
                    last = null;
                    continue;
                }
                last = line.substring(0, colon);
                fields.putIfAbsent(last, line.substring(colon + 1).strip());
            }
        }
        if (!fields.isEmpty() || !bad.isEmpty()) {
            stanzas.add(new Stanza(start, fields, bad));
        }
        return stanzas;
    }
}
