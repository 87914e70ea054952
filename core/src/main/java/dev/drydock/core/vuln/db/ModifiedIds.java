package dev.drydock.core.vuln.db;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An export's {@code modified_id.csv}: one {@code <RFC 3339 modified>,<id>} line per record (the
 * bucket-wide list writes {@code <Ecosystem>/<id>}; the part after the last slash is taken). Lines that
 * do not read that way (a header, a blank line) are passed over; ids are kept only when they are
 * plain OSV ids, since they become part of a download address.
 */
final class ModifiedIds {

    /** One line. */
    record Entry(Instant modified, String id) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}");

    private ModifiedIds() {
    }

    static List<Entry> parse(byte[] csv) {
        List<Entry> entries = new ArrayList<>();
        for (String line : new String(csv, StandardCharsets.UTF_8).split("\r?\n")) {
            int comma = line.indexOf(',');
            if (comma < 0) {
                continue;
            }
            String id = line.substring(comma + 1).trim();
            id = id.substring(id.lastIndexOf('/') + 1);
            if (!ID.matcher(id).matches()) {
                continue;
            }
            try {
                entries.add(new Entry(OffsetDateTime.parse(line.substring(0, comma).trim()).toInstant(), id));
            } catch (DateTimeParseException notATime) {
                // a header line or noise
            }
        }
        return entries;
    }
}
