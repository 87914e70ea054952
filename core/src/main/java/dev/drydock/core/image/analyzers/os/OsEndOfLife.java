package dev.drydock.core.image.analyzers.os;

import dev.drydock.core.image.scan.OsReleaseFact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The end-of-life table of distribution releases ({@code end-of-life.tsv} beside this class: data,
 * with the date it is valid for) and the look-up of one release in it.
 */
public final class OsEndOfLife {

    private static final String RESOURCE = "end-of-life.tsv";
    private static final OsEndOfLife BUILT_IN = load();

    private final LocalDate validOn;
    private final List<Row> rows;

    private OsEndOfLife(LocalDate validOn, List<Row> rows) {
        this.validOn = validOn;
        this.rows = List.copyOf(rows);
    }

    /** The status of the release {@code os} names, on {@code today}, from Drydock's built-in table. */
    public static EndOfLifeStatus of(OsReleaseFact os, LocalDate today) {
        return BUILT_IN.lookUp(os, today);
    }

    /** The date the built-in table is valid for. */
    public static LocalDate tableValidOn() {
        return BUILT_IN.validOn;
    }

    /** Reads a table in the format of the built-in one (tests, or a newer table the user supplies). */
    public static OsEndOfLife parse(InputStream tsv) throws IOException {
        LocalDate validOn = null;
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.startsWith("# valid-on:")) {
                validOn = LocalDate.parse(line.substring("# valid-on:".length()).strip());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(Row.parse(line, number));
            }
        }
        if (validOn == null) {
            throw new IOException("the end-of-life table has no '# valid-on: YYYY-MM-DD' line");
        }
        return new OsEndOfLife(validOn, rows);
    }

    /** The status of the release {@code os} names, on {@code today}. */
    public EndOfLifeStatus lookUp(OsReleaseFact os, LocalDate today) {
        String id = os.id().toLowerCase(Locale.ROOT);
        Optional<Row> row = rows.stream()
                .filter(candidate -> candidate.id.equals(id) && candidate.matches(os))
                .max(Comparator.comparingInt(candidate -> candidate.version.length()));
        if (row.isEmpty()) {
            String name = os.prettyName().isBlank() ? (os.id() + " " + os.versionId()).strip() : os.prettyName();
            return new EndOfLifeStatus(EndOfLifeStatus.State.UNKNOWN, name, Optional.empty(), Optional.empty(), validOn);
        }
        Row found = row.get();
        EndOfLifeStatus.State state = found.endOfLife.filter(end -> today.isAfter(end)).isPresent()
                ? EndOfLifeStatus.State.ENDED : EndOfLifeStatus.State.SUPPORTED;
        return new EndOfLifeStatus(state, found.name, found.endOfLife, found.extendedUntil, validOn);
    }

    private static OsEndOfLife load() {
        try (InputStream in = OsEndOfLife.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Row(String id, String version, String codename, Optional<LocalDate> endOfLife,
                       Optional<LocalDate> extendedUntil, String name) {

        static Row parse(String line, int number) throws IOException {
            String[] cells = line.split("\t");
            if (cells.length != 6) {
                throw new IOException("end-of-life table line " + number + " has " + cells.length + " columns, not 6");
            }
            try {
                return new Row(cells[0], cells[1], cells[2].equals("-") ? "" : cells[2], date(cells[3]),
                        date(cells[4]), cells[5]);
            } catch (RuntimeException e) {
                throw new IOException("end-of-life table line " + number + ": " + e.getMessage(), e);
            }
        }

        boolean matches(OsReleaseFact os) {
            String versionId = os.versionId();
            if (!versionId.isEmpty()) {
                return versionId.equals(version) || versionId.startsWith(version + ".");
            }
            return !codename.isEmpty() && codename.equalsIgnoreCase(os.versionCodename());
        }

        private static Optional<LocalDate> date(String cell) {
            if (cell.equals("-")) {
                return Optional.empty();
            }
            if (cell.length() == 7) {
                return Optional.of(YearMonth.parse(cell).atEndOfMonth());
            }
            return Optional.of(LocalDate.parse(cell));
        }
    }
}
