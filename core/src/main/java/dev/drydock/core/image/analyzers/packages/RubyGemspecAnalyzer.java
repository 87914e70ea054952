package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installed Ruby gems: the {@code specifications/<gem>-<version>.gemspec} files RubyGems writes for
 * every installed gem. They are Ruby code in a fixed generated shape ({@code s.name = "rake".freeze});
 * the name, version and license assignments are read from it, never evaluated.
 */
public final class RubyGemspecAnalyzer implements FileAnalyzer {

    private static final Pattern GEMSPEC = Pattern.compile("(.*/)?specifications/[^/]+\\.gemspec");
    private static final Pattern NAME = assignment("name");
    private static final Pattern VERSION = assignment("version");
    private static final Pattern LICENSES = Pattern.compile("(?m)^\\s*\\w+\\.licenses?\\s*=\\s*\\[?\\s*[\"']([^\"']+)[\"']");
    private static final int LIMIT = 512 * 1024;

    @Override
    public String name() {
        return "gem";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.FILE && GEMSPEC.matcher(entry.path()).matches();
    }

    @Override
    public long maxBytes() {
        return LIMIT;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        String text = BoundedText.read(content, LIMIT);
        String name = first(NAME, text);
        String version = first(VERSION, text);
        if (name.isEmpty() || version.isEmpty()) {
            sink.note(entry.path(), "does not assign a name and version; not listed as a gem");
            return;
        }
        String purl = PackageUrls.of(PackageType.GEM, "", name, version);
        sink.packageFound(new PackageFact(PackageType.GEM, "", name, version, "", "", "", first(LICENSES, text), purl,
                entry.path()));
    }

    private static Pattern assignment(String field) {
        return Pattern.compile("(?m)^\\s*\\w+\\." + field + "\\s*=\\s*[\"']([^\"']+)[\"']");
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }
}
