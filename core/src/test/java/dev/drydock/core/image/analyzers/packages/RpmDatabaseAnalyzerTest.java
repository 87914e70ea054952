package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.drydock.core.image.analyzers.RecordingFactSink.file;
import static dev.drydock.core.image.analyzers.RecordingFactSink.run;
import static org.assertj.core.api.Assertions.assertThat;

class RpmDatabaseAnalyzerTest {

    private final RpmDatabaseAnalyzer analyzer = new RpmDatabaseAnalyzer();

    @TempDir
    Path temp;

    /** bash and openssl-libs as RHEL 9.4 ships them; openssl-libs has epoch 1. */
    private static final byte[] BASH = new RpmHeaderBlobs()
            .string(RpmHeader.NAME, "bash").string(RpmHeader.VERSION, "5.1.8").string(RpmHeader.RELEASE, "9.el9")
            .string(RpmHeader.LICENSE, "GPLv3+").string(RpmHeader.VENDOR, "Red Hat, Inc.")
            .string(RpmHeader.ARCH, "x86_64").string(RpmHeader.SOURCERPM, "bash-5.1.8-9.el9.src.rpm").build();
    private static final byte[] OPENSSL_LIBS = new RpmHeaderBlobs()
            .string(RpmHeader.NAME, "openssl-libs").string(RpmHeader.VERSION, "3.0.7")
            .string(RpmHeader.RELEASE, "27.el9").int32(RpmHeader.EPOCH, 1).string(RpmHeader.LICENSE, "ASL 2.0")
            .string(RpmHeader.VENDOR, "Red Hat, Inc.").string(RpmHeader.ARCH, "x86_64")
            .string(RpmHeader.SOURCERPM, "openssl-3.0.7-27.el9.src.rpm").build();
    private static final byte[] GPG_PUBKEY = new RpmHeaderBlobs()
            .string(RpmHeader.NAME, "gpg-pubkey").string(RpmHeader.VERSION, "fd431d51")
            .string(RpmHeader.RELEASE, "4ae0493b").build();

    @Test
    void listsPackagesOfTheSqliteDatabase() throws Exception {
        byte[] database = database(false, BASH, OPENSSL_LIBS, GPG_PUBKEY);

        RecordingFactSink sink = run(analyzer, "var/lib/rpm/rpmdb.sqlite", database);

        assertThat(sink.notes).isEmpty();
        assertThat(sink.packages).containsExactly(
                new PackageFact(PackageType.RPM, "redhat", "bash", "5.1.8-9.el9", "bash", "5.1.8-9.el9", "x86_64",
                        "GPLv3+", "pkg:rpm/redhat/bash@5.1.8-9.el9?arch=x86_64", "var/lib/rpm/rpmdb.sqlite"),
                new PackageFact(PackageType.RPM, "redhat", "openssl-libs", "1:3.0.7-27.el9", "openssl",
                        "1:3.0.7-27.el9", "x86_64", "ASL 2.0",
                        "pkg:rpm/redhat/openssl-libs@3.0.7-27.el9?arch=x86_64&epoch=1", "var/lib/rpm/rpmdb.sqlite"));
    }

    @Test
    void readsADatabaseInWriteAheadLogMode() throws Exception {
        RecordingFactSink sink = run(analyzer, "usr/lib/sysimage/rpm/rpmdb.sqlite", database(true, BASH));

        assertThat(sink.packages).extracting(PackageFact::name).containsExactly("bash");
    }

    @Test
    void aBrokenHeaderIsNotedAndTheOthersRead() throws Exception {
        byte[] truncated = java.util.Arrays.copyOf(OPENSSL_LIBS, 40);

        RecordingFactSink sink = run(analyzer, "var/lib/rpm/rpmdb.sqlite", database(false, BASH, truncated));

        assertThat(sink.packages).extracting(PackageFact::name).containsExactly("bash");
        assertThat(sink.notes).singleElement().asString()
                .startsWith("var/lib/rpm/rpmdb.sqlite: package 2's header declares 9 entries and 106 data bytes, more than its 40 bytes");
    }

    @Test
    void aFileThatIsNotADatabaseIsNoted() {
        RecordingFactSink sink = run(analyzer, "var/lib/rpm/rpmdb.sqlite", "not sqlite at all".repeat(100));

        assertThat(sink.packages).isEmpty();
        assertThat(sink.notes).singleElement().asString()
                .startsWith("var/lib/rpm/rpmdb.sqlite: is not a readable SQLite rpm database (");
    }

    @Test
    void berkeleyAndNdbDatabasesAreSaidToBeUnsupported() {
        assertThat(run(analyzer, "var/lib/rpm/Packages", new byte[64]).notes).singleElement().asString()
                .startsWith("var/lib/rpm/Packages: unsupported rpmdb format: this is the Berkeley DB rpm database");
        assertThat(run(analyzer, "usr/lib/sysimage/rpm/Packages.db", new byte[64]).notes).singleElement().asString()
                .startsWith("usr/lib/sysimage/rpm/Packages.db: unsupported rpmdb format: this is the NDB");
    }

    @Test
    void wantsOnlyTheDatabaseFiles() {
        assertThat(analyzer.wants(file("var/lib/rpm/rpmdb.sqlite", 1))).isTrue();
        assertThat(analyzer.wants(file("var/lib/rpm/rpmdb.sqlite-shm", 1))).isFalse();
        assertThat(analyzer.wants(file("home/x/var/lib/rpm/Packages", 1))).isFalse();
        assertThat(analyzer.wants(file("Packages", 1))).isFalse();
    }

    @Test
    void theAssemblyAddsTheReleaseAndKeepsTheVendor() throws Exception {
        PackageFact openssl = run(analyzer, "var/lib/rpm/rpmdb.sqlite", database(false, OPENSSL_LIBS)).packages.get(0);

        PackageFact placed = OsPackageUrls.forDistribution(openssl, new dev.drydock.core.image.scan.OsReleaseFact(
                "rhel", "fedora", "9.4", "", "Red Hat Enterprise Linux 9.4 (Plow)", "etc/os-release"));

        assertThat(placed.purl()).isEqualTo("pkg:rpm/redhat/openssl-libs@3.0.7-27.el9?arch=x86_64&distro=rhel-9.4&epoch=1");
    }

    @Test
    void splitsSourceRpmNames() {
        assertThat(RpmDatabaseAnalyzer.sourceNameAndVersion("python3.11-3.11.7-1.el9.src.rpm"))
                .containsExactly("python3.11", "3.11.7-1.el9");
        assertThat(RpmDatabaseAnalyzer.sourceNameAndVersion("broken")).containsExactly("broken", "");
    }

    /** An rpmdb.sqlite with rpm's own schema for the Packages table, holding the given header blobs. */
    private byte[] database(boolean wal, byte[]... headers) throws SQLException, IOException {
        Path file = temp.resolve("rpmdb-" + System.nanoTime() + ".sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            if (wal) {
                statement.execute("PRAGMA journal_mode=WAL");
            }
            statement.execute("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO Packages (blob) VALUES (?)")) {
                for (byte[] header : List.of(headers)) {
                    insert.setBytes(1, header);
                    insert.executeUpdate();
                }
            }
        }
        return Files.readAllBytes(file);
    }
}
