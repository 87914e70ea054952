package dev.drydock.core.vuln.db;

import dev.drydock.core.vuln.db.VulnerabilityDatabaseException.Problem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of the vulnerability database and the checks that a file is one Drydock can read.
 * The file is marked with SQLite's {@code application_id} (so another program's database is told
 * apart) and its schema version sits in {@code user_version}.
 *
 * <ul>
 *   <li>{@code records}: one row per OSV record id: modified time, withdrawn flag, the record's JSON
 *       without white space</li>
 *   <li>{@code packages}: (ecosystem, release, normalised package name) → record id, for lookup</li>
 *   <li>{@code memberships}: which source (an ecosystem's export) brought which record, and in which
 *       import, so a new full export can drop the records it no longer holds</li>
 *   <li>{@code sources}: per source, where it came from, when, and how many records</li>
 * </ul>
 */
final class DatabaseSchema {

    /** Bumped whenever a table changes; a database with a higher number is refused, not guessed at. */
    static final int VERSION = 1;
    /** "DDVD": Drydock vulnerability database. */
    static final int APPLICATION_ID = 0x44445644;

    private static final String[] TABLES = {
        "CREATE TABLE records (id TEXT PRIMARY KEY, modified INTEGER NOT NULL, withdrawn INTEGER NOT NULL,"
                + " json BLOB NOT NULL)",
        "CREATE TABLE packages (ecosystem TEXT NOT NULL, release TEXT NOT NULL, name TEXT NOT NULL,"
                + " record TEXT NOT NULL)",
        "CREATE INDEX packages_by_name ON packages (ecosystem, name)",
        "CREATE INDEX packages_by_record ON packages (record)",
        "CREATE TABLE memberships (source TEXT NOT NULL, record TEXT NOT NULL, generation INTEGER NOT NULL,"
                + " PRIMARY KEY (source, record)) WITHOUT ROWID",
        "CREATE TABLE sources (source TEXT PRIMARY KEY, origin TEXT NOT NULL, updated INTEGER NOT NULL,"
                + " records INTEGER NOT NULL)",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    };

    private DatabaseSchema() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + VERSION);
        }
    }

    /** True when the file holds no tables at all (a brand-new file). */
    static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rows.next() && rows.getInt(1) == 0;
        }
    }

    /**
     * Checks that {@code connection} is a Drydock vulnerability database of this schema version and that
     * its tables answer.
     *
     * @throws VulnerabilityDatabaseException {@link Problem#CORRUPT}, {@link Problem#FOREIGN} or
     *                                        {@link Problem#NEWER_SCHEMA}, with the file named
     */
    static void check(Connection connection, Path file) {
        try (Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            if (applicationId != APPLICATION_ID) {
                throw new VulnerabilityDatabaseException(Problem.FOREIGN,
                        file + " is a database, but not Drydock's vulnerability database.",
                        "Choose another file, or delete this one if nothing else uses it and update the database.");
            }
            if (version > VERSION) {
                throw new VulnerabilityDatabaseException(Problem.NEWER_SCHEMA,
                        "The vulnerability database " + file + " was written by a newer Drydock (schema "
                                + version + "; this one reads schema " + VERSION + ").",
                        "Update Drydock, or rebuild the database with this version (it is downloaded again).");
            }
            if (version < VERSION) {
                throw new VulnerabilityDatabaseException(Problem.CORRUPT,
                        "The vulnerability database " + file + " has an unknown schema version " + version + ".",
                        "Rebuild it: update the database or import the OSV files again.");
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM meta)")) {
                rows.next();
            }
        } catch (SQLException e) {
            throw corrupt(file, e);
        }
    }

    static VulnerabilityDatabaseException corrupt(Path file, SQLException e) {
        return new VulnerabilityDatabaseException(Problem.CORRUPT,
                "The vulnerability database " + file + " cannot be read: " + firstLine(e.getMessage()) + ".",
                "Rebuild it: update the database or import the OSV files again.", e);
    }

    private static int intPragma(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
