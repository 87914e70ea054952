package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian packages: the dpkg database {@code var/lib/dpkg/status}, and the one-package files of
 * {@code var/lib/dpkg/status.d/} that distroless images ship instead. Only packages whose status is
 * {@code install ok installed} are reported (removed packages leave {@code config-files} entries).
 *
 * <p>The purl's namespace is {@code debian}, the distribution dpkg belongs to; this analyzer sees one
 * file and cannot know the release (an Ubuntu image also uses dpkg): the image assembly rewrites the
 * purl with {@link OsPackageUrls#forDistribution} once the os-release is known. The source package is
 * always filled: the binary package's own name and version when {@code Source:} does not say otherwise.
 */
public final class DpkgStatusAnalyzer implements FileAnalyzer {

    static final String STATUS = "var/lib/dpkg/status";
    static final String STATUS_DIR = "var/lib/dpkg/status.d/";
    /** {@code openssl (3.0.11-1~deb12u2)}. */
    private static final Pattern SOURCE = Pattern.compile("^(\\S+)(?:\\s+\\((\\S+)\\))?$");
    private static final int LIMIT = 64 * 1024 * 1024;

    @Override
    public String name() {
        return "dpkg";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        if (entry.type() != EntryType.FILE) {
            return false;
        }
        String path = entry.path();
        return path.equals(STATUS) || path.startsWith(STATUS_DIR) && path.indexOf('/', STATUS_DIR.length()) < 0
                && !path.endsWith(".md5sums") && !path.endsWith(".list");
    }

    @Override
    public long maxBytes() {
        return LIMIT;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        int found = 0;
        for (ControlStanzas.Stanza stanza : ControlStanzas.parse(BoundedText.read(content, LIMIT))) {
            if (!stanza.badLines().isEmpty()) {
                sink.note(entry.path(), "line " + stanza.badLines().get(0) + " is not a field; the package at line "
                        + stanza.line() + " may be incomplete");
            }
            String name = stanza.get("Package");
            String version = stanza.get("Version");
            if (name.isEmpty() || version.isEmpty()) {
                sink.note(entry.path(), "the paragraph at line " + stanza.line() + " has no Package or Version; skipped");
                continue;
            }
            if (!isInstalled(stanza.get("Status"))) {
                continue;
            }
            sink.packageFound(toFact(stanza, name, version, entry.path()));
            found++;
        }
        if (found == 0 && entry.path().equals(STATUS)) {
            sink.note(entry.path(), "lists no installed package");
        }
    }

    /** Distroless status.d files may omit the Status field; a package listed there is installed. */
    private static boolean isInstalled(String status) {
        if (status.isEmpty()) {
            return true;
        }
        String[] words = status.split("\\s+");
        return words.length == 3 && words[2].equals("installed");
    }

    private static PackageFact toFact(ControlStanzas.Stanza stanza, String name, String version, String path) {
        String sourceName = name;
        String sourceVersion = version;
        Matcher source = SOURCE.matcher(stanza.get("Source"));
        if (source.matches()) {
            sourceName = source.group(1);
            sourceVersion = source.group(2) == null ? version : source.group(2);
        }
        String arch = stanza.get("Architecture");
        String purl = PackageUrls.of(PackageType.DEB, "debian", name, version, Map.of("arch", arch));
        return new PackageFact(PackageType.DEB, "debian", name, version, sourceName, sourceVersion, arch, "", purl, path);
    }
}
