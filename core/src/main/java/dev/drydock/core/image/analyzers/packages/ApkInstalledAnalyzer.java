package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Alpine packages: the apk database {@code lib/apk/db/installed}, one paragraph per package of
 * single-letter fields ({@code P:} name, {@code V:} version, {@code A:} arch, {@code o:} origin,
 * {@code L:} license). The origin is the source package; it has the package's version. The purl's
 * namespace is {@code alpine} (see {@link OsPackageUrls} for the release).
 */
public final class ApkInstalledAnalyzer implements FileAnalyzer {

    static final String DATABASE = "lib/apk/db/installed";
    private static final int LIMIT = 64 * 1024 * 1024;
    private static final int MAX_NOTES = 5;

    @Override
    public String name() {
        return "apk";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.FILE && entry.path().equals(DATABASE);
    }

    @Override
    public long maxBytes() {
        return LIMIT;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        Map<Character, String> fields = new HashMap<>();
        int start = 1;
        int found = 0;
        int badLines = 0;
        String[] lines = BoundedText.read(content, LIMIT).split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (!line.isEmpty()) {
                if (line.length() < 2 || line.charAt(1) != ':') {
                    if (badLines++ < MAX_NOTES) {
                        sink.note(entry.path(), "line " + (i + 1) + " is not a field");
                    }
                    continue;
                }
                fields.putIfAbsent(line.charAt(0), line.substring(2));
                continue;
            }
            if (!fields.isEmpty()) {
                if (fields.containsKey('P') && fields.containsKey('V')) {
                    sink.packageFound(toFact(fields, entry.path()));
                    found++;
                } else {
                    sink.note(entry.path(), "the package at line " + start + " has no P: or V: field; skipped");
                }
            }
            fields.clear();
            start = i + 2;
        }
        if (found == 0) {
            sink.note(entry.path(), "lists no installed package");
        }
    }

    private static PackageFact toFact(Map<Character, String> fields, String path) {
        String name = fields.get('P');
        String version = fields.get('V');
        String arch = fields.getOrDefault('A', "");
        String origin = fields.getOrDefault('o', name);
        String purl = PackageUrls.of(PackageType.APK, "alpine", name, version, Map.of("arch", arch));
        return new PackageFact(PackageType.APK, "alpine", name, version, origin, version, arch,
                fields.getOrDefault('L', ""), purl, path);
    }
}
