package dev.drydock.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Titled sections of {@code key: value} lines with the values aligned, as {@code drydock info} prints them. */
final class KeyValueReport {

    private record Line(String key, String value) {
    }

    private record Section(String title, List<Line> lines) {
    }

    private final List<Section> sections = new ArrayList<>();

    KeyValueReport section(String title) {
        sections.add(new Section(title, new ArrayList<>()));
        return this;
    }

    /** Adds a line to the last section; lines with an empty or null value are left out. */
    KeyValueReport line(String key, String value) {
        if (value != null && !value.isBlank()) {
            sections.get(sections.size() - 1).lines().add(new Line(key, value));
        }
        return this;
    }

    void print(PrintWriter out) {
        int keyWidth = sections.stream().flatMap(s -> s.lines().stream())
                .mapToInt(l -> l.key().length()).max().orElse(0) + 2;
        boolean first = true;
        for (Section section : sections) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(section.title());
            for (Line line : section.lines()) {
                String key = line.key() + ":";
                out.println("  " + key + " ".repeat(keyWidth - key.length()) + line.value());
            }
        }
        out.flush();
    }
}
