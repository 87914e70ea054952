package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * RPM packages from the SQLite rpm database of current RHEL, Fedora, Rocky, Alma and Amazon Linux 2023
 * ({@code var/lib/rpm/rpmdb.sqlite}, or under {@code usr/lib/sysimage/rpm/}): each row of its
 * {@code Packages} table is an RPM header blob, decoded by {@link RpmHeader}. The database is copied
 * to a private temporary file of at most {@link #maxBytes()} (SQLite needs a file) and opened read-only as immutable.
 *
 * <p>The Berkeley DB ({@code Packages}, RHEL 7/8, CentOS, Amazon Linux 2) and NDB ({@code Packages.db},
 * SUSE) formats are NOT read: the analyzer notes that the image's rpm packages are not listed.
 *
 * <p>The version is rpm's EVR ({@code 1:3.0.7-27.el9}, epoch only when set); the purl has
 * {@code version-release} and an {@code epoch} qualifier, and the vendor as namespace when the header
 * names a known one ({@code redhat}, {@code fedora}, {@code rocky}…), none otherwise.
 */
public final class RpmDatabaseAnalyzer implements FileAnalyzer {

    private static final Set<String> DIRECTORIES = Set.of("var/lib/rpm/", "usr/lib/sysimage/rpm/");
    private static final long LIMIT = 512L * 1024 * 1024;

    @Override
    public String name() {
        return "rpm";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        if (entry.type() != EntryType.FILE) {
            return false;
        }
        String name = entry.name();
        return (name.equals("rpmdb.sqlite") || name.equals("Packages") || name.equals("Packages.db"))
                && DIRECTORIES.contains(entry.path().substring(0, entry.path().length() - name.length()));
    }

    @Override
    public long maxBytes() {
        return LIMIT;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        switch (entry.name()) {
            case "Packages" -> sink.note(entry.path(), "unsupported rpmdb format: this is the Berkeley DB rpm database "
                    + "(RHEL/CentOS 7 and 8, Amazon Linux 2); Drydock reads only the SQLite one, so the image's rpm "
                    + "packages are not listed");
            case "Packages.db" -> sink.note(entry.path(), "unsupported rpmdb format: this is the NDB rpm database "
                    + "(SUSE); Drydock reads only the SQLite one, so the image's rpm packages are not listed");
            default -> readSqlite(entry, content, sink);
        }
    }

    private static void readSqlite(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        Path copy = Files.createTempFile("drydock-rpmdb-", ".sqlite");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                byte[] buffer = new byte[64 * 1024];
                long left = LIMIT;
                for (int n = content.read(buffer); n > 0 && left > 0; n = content.read(buffer)) {
                    out.write(buffer, 0, (int) Math.min(n, left));
                    left -= n;
                }
            }
            readPackages(copy, entry.path(), sink);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void readPackages(Path database, String path, FactSink sink) {
        String url = "jdbc:sqlite:file:" + database.toAbsolutePath() + "?immutable=1&mode=ro";
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT hnum, blob FROM Packages")) {
            int broken = 0;
            while (rows.next()) {
                try {
                    RpmHeader header = RpmHeader.parse(rows.getBytes(2));
                    if (!header.string(RpmHeader.NAME).isEmpty() && !header.string(RpmHeader.NAME).equals("gpg-pubkey")) {
                        sink.packageFound(toFact(header, path));
                    }
                } catch (RpmHeader.MalformedHeaderException e) {
                    if (broken++ == 0) {
                        sink.note(path, "package " + rows.getLong(1) + "'s header " + e.getMessage() + "; skipped");
                    }
                }
            }
            if (broken > 1) {
                sink.note(path, broken + " package headers could not be read");
            }
        } catch (SQLException e) {
            sink.note(path, "is not a readable SQLite rpm database (" + firstLine(e.getMessage())
                    + "); its packages are not listed");
        }
    }

    static PackageFact toFact(RpmHeader header, String path) {
        String name = header.string(RpmHeader.NAME);
        String versionRelease = header.string(RpmHeader.VERSION) + "-" + header.string(RpmHeader.RELEASE);
        String epoch = header.integer(RpmHeader.EPOCH).map(String::valueOf).orElse("");
        String evr = epoch.isEmpty() ? versionRelease : epoch + ":" + versionRelease;
        String arch = header.string(RpmHeader.ARCH);
        String namespace = vendorNamespace(header.string(RpmHeader.VENDOR));
        String[] source = sourceNameAndVersion(header.string(RpmHeader.SOURCERPM));
        String sourceVersion = source[1].isEmpty() || epoch.isEmpty() ? source[1] : epoch + ":" + source[1];
        String purl = PackageUrls.of(PackageType.RPM, namespace, name, versionRelease,
                Map.of("arch", arch, "epoch", epoch));
        return new PackageFact(PackageType.RPM, namespace, name, evr, source[0], sourceVersion, arch,
                header.string(RpmHeader.LICENSE), purl, path);
    }

    /** {@code openssl-3.0.7-27.el9.src.rpm} → {@code openssl}, {@code 3.0.7-27.el9}. */
    static String[] sourceNameAndVersion(String sourceRpm) {
        String base = sourceRpm.replaceFirst("\\.(no)?src\\.rpm$", "");
        int release = base.lastIndexOf('-');
        int version = release <= 0 ? -1 : base.lastIndexOf('-', release - 1);
        if (version <= 0) {
            return new String[] {base, ""};
        }
        return new String[] {base.substring(0, version), base.substring(version + 1)};
    }

    private static String vendorNamespace(String vendor) {
        String v = vendor.toLowerCase(Locale.ROOT);
        if (v.contains("red hat")) {
            return "redhat";
        }
        for (String known : new String[] {"fedora", "centos", "rocky", "almalinux", "amazon", "opensuse", "suse", "oracle"}) {
            if (v.contains(known)) {
                return known;
            }
        }
        return "";
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }
}
