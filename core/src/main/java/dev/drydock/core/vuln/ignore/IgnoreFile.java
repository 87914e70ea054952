package dev.drydock.core.vuln.ignore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ignore file in the {@code .trivyignore} format: one vulnerability id per line, blank lines and lines
 * starting with {@code #} skipped, fields separated by white space, the first field the id, and an optional
 * {@code exp:YYYY-MM-DD} field after it ({@code CVE-2021-44228 exp:2024-12-31}). Other fields are ignored,
 * so a trailing {@code # comment} is harmless. As in Trivy, a line whose date cannot be read is skipped (and
 * reported here), and an entry expires when its date begins, in UTC.
 */
public final class IgnoreFile {

    private static final String EXPIRY = "exp:";

    private final String source;
    private final List<IgnoreEntry> entries;
    private final List<String> problems;

    private IgnoreFile(String source, List<IgnoreEntry> entries, List<String> problems) {
        this.source = source;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public static IgnoreFile read(Path path) throws IOException {
        return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    /** @param source how the user named the file ({@code .trivyignore}), for suppression reasons */
    public static IgnoreFile parse(String source, String text) {
        List<IgnoreEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            Optional<LocalDate> expires = Optional.empty();
            try {
                expires = expiry(fields);
            } catch (DateTimeParseException e) {
                problems.add(source + " line " + (i + 1) + ": '" + e.getParsedString()
                        + "' is not a date (write exp:YYYY-MM-DD); the line is skipped");
                continue;
            }
            entries.add(new IgnoreEntry(fields[0], expires, i + 1));
        }
        return new IgnoreFile(source, entries, problems);
    }

    private static Optional<LocalDate> expiry(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            if (fields[i].startsWith(EXPIRY)) {
                return Optional.of(LocalDate.parse(fields[i].substring(EXPIRY.length())));
            }
        }
        return Optional.empty();
    }

    public String source() {
        return source;
    }

    public List<IgnoreEntry> entries() {
        return entries;
    }

    /** Lines that could not be read, for the user. */
    public List<String> problems() {
        return problems;
    }

    /** The entry that suppresses one of {@code ids} at {@code now}: the first unexpired one naming any of them. */
    public Optional<IgnoreEntry> suppressing(List<String> ids, Instant now) {
        return entries.stream()
                .filter(entry -> !entry.isExpired(now))
                .filter(entry -> ids.stream().anyMatch(id -> id.equalsIgnoreCase(entry.id())))
                .findFirst();
    }

    public List<IgnoreEntry> expired(Instant now) {
        return entries.stream().filter(entry -> entry.isExpired(now)).toList();
    }
}
