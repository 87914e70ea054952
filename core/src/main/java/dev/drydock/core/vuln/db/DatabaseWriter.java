package dev.drydock.core.vuln.db;

import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.osv.OsvDocument;
import dev.drydock.core.vuln.osv.OsvRecord;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;

/**
 * Writes records into a database file that nobody reads yet (the new file of an import or update),
 * all in one transaction, in batches of prepared statements. Nothing is visible until
 * {@link #commit()}; closing without committing leaves the file as it was.
 * One thread at a time.
 */
final class DatabaseWriter implements AutoCloseable {

    private static final int BATCH = 1000;

    private final Path file;
    private final Connection connection;
    private final PreparedStatement upsertRecord;
    private final PreparedStatement deletePackages;
    private final PreparedStatement insertPackage;
    private final PreparedStatement upsertMembership;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final Set<String> pending = new HashSet<>();
    private final long generation;
    private boolean committed;

    private DatabaseWriter(Path file, Connection connection, long generation) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.generation = generation;
        upsertRecord = connection.prepareStatement("INSERT INTO records (id, modified, withdrawn, json) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET modified = excluded.modified, withdrawn = excluded.withdrawn,"
                + " json = excluded.json");
        deletePackages = connection.prepareStatement("DELETE FROM packages WHERE record = ?");
        insertPackage = connection.prepareStatement("INSERT INTO packages (ecosystem, release, name, record) VALUES (?, ?, ?, ?)");
        upsertMembership = connection.prepareStatement("INSERT INTO memberships (source, record, generation) VALUES (?, ?, ?)"
                + " ON CONFLICT (source, record) DO UPDATE SET generation = excluded.generation");
    }

    /**
     * Opens {@code file} for writing, creating the tables when the file is new, and starts the
     * transaction. The file is private to the caller, so SQLite's journal is off: a failed write
     * throws the whole file away.
     */
    static DatabaseWriter open(Path file) {
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.OFF);
            config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setCacheSize(-64_000);
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            if (DatabaseSchema.isEmpty(connection)) {
                DatabaseSchema.create(connection);
            } else {
                DatabaseSchema.check(connection, file);
            }
            connection.setAutoCommit(false);
            return new DatabaseWriter(file, connection, nextGeneration(connection));
        } catch (SQLException e) {
            close(connection);
            throw DatabaseSchema.corrupt(file, e);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    private static long nextGeneration(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT value FROM meta WHERE key = 'generation'")) {
            return rows.next() ? Long.parseLong(rows.getString(1)) + 1 : 1;
        }
    }

    /**
     * Stores a record (replacing one with the same id) and indexes its {@code affected[]} entries of
     * ecosystems Drydock reads. {@code sources} are the exports it counts for.
     *
     * @return false when no entry is in an ecosystem Drydock reads, and nothing was stored
     */
    boolean put(OsvDocument document, Collection<Ecosystem> sources) throws SQLException {
        OsvRecord record = document.record();
        Set<String> keys = new LinkedHashSet<>();
        for (OsvAffected affected : record.affected()) {
            Optional<Ecosystem> ecosystem = Ecosystem.ofOsv(affected.ecosystem());
            ecosystem.ifPresent(e -> keys.add(e.osvName() + '\u0000' + Ecosystem.releaseOf(affected.ecosystem())
                    + '\u0000' + PackageNames.normalise(e, affected.name())));
        }
        if (keys.isEmpty() || sources.isEmpty()) {
            return false;
        }
        if (!pending.add(record.id())) {
            flush(); // the same id twice in one batch: write the first before replacing it
            pending.add(record.id());
        }
        upsertRecord.setString(1, record.id());
        upsertRecord.setLong(2, record.modified().toEpochMilli());
        upsertRecord.setInt(3, record.isWithdrawn() ? 1 : 0);
        upsertRecord.setBytes(4, StoredJson.pack(document.compactJson(), deflater));
        upsertRecord.addBatch();
        deletePackages.setString(1, record.id());
        deletePackages.addBatch();
        for (String key : keys) {
            String[] parts = key.split("\u0000", 3);
            insertPackage.setString(1, parts[0]);
            insertPackage.setString(2, parts[1]);
            insertPackage.setString(3, parts[2]);
            insertPackage.setString(4, record.id());
            insertPackage.addBatch();
        }
        for (Ecosystem source : sources) {
            upsertMembership.setString(1, source.osvName());
            upsertMembership.setString(2, record.id());
            upsertMembership.setLong(3, generation);
            upsertMembership.addBatch();
        }
        if (pending.size() >= BATCH) {
            flush();
        }
        return true;
    }

    private void flush() throws SQLException {
        upsertRecord.executeBatch();
        deletePackages.executeBatch();
        insertPackage.executeBatch();
        upsertMembership.executeBatch();
        pending.clear();
    }

    /** When the stored record {@code id} was modified; empty when it is not stored. */
    Optional<Instant> modifiedOf(String id) throws SQLException {
        flush();
        try (PreparedStatement query = connection.prepareStatement("SELECT modified FROM records WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(Instant.ofEpochMilli(rows.getLong(1))) : Optional.empty();
            }
        }
    }

    /** The newest modified time among the records of {@code source}; empty when it has none. */
    Optional<Instant> newestModified(Ecosystem source) throws SQLException {
        flush();
        try (PreparedStatement query = connection.prepareStatement("SELECT max(r.modified) FROM records r"
                + " JOIN memberships m ON m.record = r.id WHERE m.source = ?")) {
            query.setString(1, source.osvName());
            try (ResultSet rows = query.executeQuery()) {
                long max = rows.next() ? rows.getLong(1) : 0;
                return rows.wasNull() || max == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(max));
            }
        }
    }

    /** Where {@code source} was last read from; empty when the database does not have it. */
    Optional<String> originOf(Ecosystem source) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT origin FROM sources WHERE source = ?")) {
            query.setString(1, source.osvName());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Records that {@code source} was read from {@code origin} at {@code when}. With {@code replace}
     * (a whole export was read) the records of that source that this import did not bring are dropped,
     * unless another source still holds them.
     */
    void finishSource(Ecosystem source, String origin, Instant when, boolean replace) throws SQLException {
        flush();
        if (replace) {
            try (PreparedStatement drop = connection.prepareStatement(
                    "DELETE FROM memberships WHERE source = ? AND generation < ?")) {
                drop.setString(1, source.osvName());
                drop.setLong(2, generation);
                if (drop.executeUpdate() > 0) {
                    dropOrphans();
                }
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO sources (source, origin, updated, records)"
                + " VALUES (?1, ?2, ?3, (SELECT count(*) FROM memberships WHERE source = ?1))"
                + " ON CONFLICT (source) DO UPDATE SET origin = excluded.origin, updated = excluded.updated,"
                + " records = excluded.records")) {
            upsert.setString(1, source.osvName());
            upsert.setString(2, origin);
            upsert.setLong(3, when.toEpochMilli());
            upsert.executeUpdate();
        }
    }

    private void dropOrphans() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM packages WHERE record NOT IN (SELECT record FROM memberships)");
            statement.executeUpdate("DELETE FROM records WHERE id NOT IN (SELECT record FROM memberships)");
        }
    }

    /** Makes everything written visible in the file and closes it. */
    void commit() throws SQLException {
        flush();
        try (PreparedStatement meta = connection.prepareStatement(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)")) {
            meta.setString(1, Long.toString(generation));
            meta.executeUpdate();
        }
        connection.commit();
        committed = true;
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA optimize");
        }
        close();
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        deflater.end();
        if (!committed) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the file is thrown away anyway
            }
        }
        close(connection);
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to save
            }
        }
    }
}
