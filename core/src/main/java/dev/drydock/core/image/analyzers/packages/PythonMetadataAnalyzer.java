package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Installed Python distributions: {@code *.dist-info/METADATA} (pip, wheels), {@code *.egg-info/PKG-INFO}
 * and the single-file {@code *.egg-info} of old distutils installs. The metadata headers give
 * {@code Name}, {@code Version} and the license ({@code License-Expression}, else the first line of
 * {@code License}). The purl uses the normalised name (PEP 503: lower case, runs of {@code -_.} as {@code -}).
 */
public final class PythonMetadataAnalyzer implements FileAnalyzer {

    private static final int LIMIT = 1024 * 1024;
    private static final int MAX_LICENSE = 200;

    @Override
    public String name() {
        return "python";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        if (entry.type() != EntryType.FILE) {
            return false;
        }
        String path = entry.path();
        return path.endsWith(".dist-info/METADATA") || path.endsWith(".egg-info/PKG-INFO") || path.endsWith(".egg-info");
    }

    @Override
    public long maxBytes() {
        return LIMIT;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        List<ControlStanzas.Stanza> stanzas = ControlStanzas.parse(BoundedText.read(content, LIMIT));
        ControlStanzas.Stanza headers = stanzas.isEmpty() ? null : stanzas.get(0);
        String name = headers == null ? "" : headers.get("Name");
        String version = headers == null ? "" : headers.get("Version");
        if (name.isBlank() || version.isBlank()) {
            sink.note(entry.path(), "has no Name or Version header; not listed as a package");
            return;
        }
        String purl = PackageUrls.of(PackageType.PYPI, "", normalise(name), version);
        sink.packageFound(new PackageFact(PackageType.PYPI, "", name, version, "", "", "", license(headers), purl,
                entry.path()));
    }

    /** PEP 503 normalisation: {@code Foo_Bar.baz} → {@code foo-bar-baz}. */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static String license(ControlStanzas.Stanza headers) {
        String expression = headers.get("License-Expression");
        if (!expression.isBlank()) {
            return expression;
        }
        String license = headers.get("License").lines().findFirst().orElse("").strip();
        if (license.equalsIgnoreCase("UNKNOWN")) {
            return "";
        }
        return license.length() > MAX_LICENSE ? license.substring(0, MAX_LICENSE) : license;
    }
}
