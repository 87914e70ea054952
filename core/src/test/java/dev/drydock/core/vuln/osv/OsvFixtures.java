package dev.drydock.core.vuln.osv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The real OSV records under {@code src/test/resources/vuln/osv/}, and exports made of them. */
public final class OsvFixtures {

    public static final String LOG4J = "GHSA-jfh8-c2jp-5v3q";
    public static final String LODASH = "GHSA-35jh-r3h4-6jhm";
    public static final String NETTY_WITHDRAWN = "GHSA-57m8-f3v5-hm5m";
    public static final String DEBIAN_LOG4J = "DSA-5020-1";
    public static final String DEBIAN_CURL = "DSA-5523-1";
    public static final String ALPINE_ZLIB = "ALPINE-CVE-2022-37434";

    private OsvFixtures() {
    }

    public static byte[] bytes(String id) {
        try (InputStream in = OsvFixtures.class.getResourceAsStream("/vuln/osv/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture record " + id);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String id) {
        return new String(bytes(id), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An export zip as OSV publishes it: one {@code <id>.json} entry per record. */
    public static byte[] zip(String... ids) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String id : ids) {
            entries.put(id + ".json", bytes(id));
        }
        return zip(entries);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Path writeZip(Path file, String... ids) throws IOException {
        return Files.write(file, zip(ids));
    }

    /** A folder of {@code <id>.json} files. */
    public static Path writeFolder(Path folder, String... ids) throws IOException {
        Files.createDirectories(folder);
        for (String id : ids) {
            Files.write(folder.resolve(id + ".json"), bytes(id));
        }
        return folder;
    }
}
