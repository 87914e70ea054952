package dev.drydock.core.vuln.cvss;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The CVSS v4.0 MacroVector score table (270 entries), read once from
 * {@code cvss-v4-macrovector-scores.txt}, which names its source.
 */
final class CvssV4Lookup {

    static final String RESOURCE = "cvss-v4-macrovector-scores.txt";
    static final int EXPECTED_ENTRIES = 270;

    private static final Map<String, Double> SCORES = load();

    private CvssV4Lookup() {
    }

    /** The score of a MacroVector such as {@code 002201}, or NaN when the table has no such MacroVector. */
    static double score(String macroVector) {
        Double score = SCORES.get(macroVector);
        return score == null ? Double.NaN : score;
    }

    /** All MacroVectors and their scores. */
    static Map<String, Double> all() {
        return SCORES;
    }

    private static Map<String, Double> load() {
        try (InputStream in = CvssV4Lookup.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The CVSS v4.0 score table " + RESOURCE + " is missing from the build");
            }
            Map<String, Double> scores = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] fields = entry.split("\\s+");
                if (fields.length != 2 || !fields[0].matches("[0-2]{6}")) {
                    throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
                }
                scores.put(fields[0], Double.parseDouble(fields[1]));
            }
            if (scores.size() != EXPECTED_ENTRIES) {
                throw new IllegalStateException(RESOURCE + " holds " + scores.size() + " MacroVectors, not " + EXPECTED_ENTRIES);
            }
            return Collections.unmodifiableMap(scores);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CVSS v4.0 score table " + RESOURCE, e);
        }
    }
}
