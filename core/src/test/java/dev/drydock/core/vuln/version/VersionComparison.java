package dev.drydock.core.vuln.version;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One row of a version table: {@code left OP right} with OP one of {@code < = >}, then an optional
 * {@code # comment}. Tables live under {@code /vuln/version/} in the test resources.
 */
record VersionComparison(String left, int expectedSign, String right, String where) {

    /** The rows of the table resource {@code name}, in file order. */
    static List<VersionComparison> read(String name) {
        String resource = "/vuln/version/" + name;
        InputStream in = VersionComparison.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("No version table " + resource);
        }
        List<VersionComparison> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) {
                    rows.add(parse(content, name + ":" + number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Every version the rows mention, each once, in order of appearance. */
    static List<String> versionsIn(List<VersionComparison> rows) {
        Set<String> versions = new LinkedHashSet<>();
        for (VersionComparison row : rows) {
            versions.add(row.left());
            versions.add(row.right());
        }
        return new ArrayList<>(versions);
    }

    private static VersionComparison parse(String content, String where) {
        String[] parts = content.split("\\s+");
        if (parts.length != 3 || !"<=>".contains(parts[1]) || parts[1].length() != 1) {
            throw new IllegalStateException(where + ": expected 'left <|=|> right' but got '" + content + "'");
        }
        int sign = "<=>".indexOf(parts[1]) - 1;
        return new VersionComparison(parts[0], sign, parts[2], where);
    }

    @Override
    public String toString() {
        return left + " " + "<=>".charAt(expectedSign + 1) + " " + right + "  (" + where + ")";
    }
}
