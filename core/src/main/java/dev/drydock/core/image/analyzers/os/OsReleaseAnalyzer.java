package dev.drydock.core.image.analyzers.os;

import dev.drydock.core.image.analyzers.packages.BoundedText;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.OsReleaseFact;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The distribution and its release: {@code etc/os-release} and {@code usr/lib/os-release} (the
 * systemd format every current distribution ships), else the older one-line release files
 * ({@code etc/debian_version}, {@code etc/alpine-release}, {@code etc/redhat-release},
 * {@code etc/system-release}). Each file gives its own fact; {@link #preferred} picks the one to trust.
 */
public final class OsReleaseAnalyzer implements FileAnalyzer {

    /** The files read, most trusted first. */
    static final List<String> PATHS = List.of("etc/os-release", "usr/lib/os-release", "etc/system-release",
            "etc/redhat-release", "etc/alpine-release", "etc/debian_version");

    private static final int LIMIT = 64 * 1024;

    @Override
    public String name() {
        return "os-release";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.FILE && PATHS.contains(entry.path());
    }

    @Override
    public long maxBytes() {
        return LIMIT;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        String text = BoundedText.read(content, LIMIT);
        Optional<OsReleaseFact> fact = switch (entry.path()) {
            case "etc/os-release", "usr/lib/os-release" -> OsReleaseFiles.parseOsRelease(text, entry.path());
            case "etc/alpine-release" -> OsReleaseFiles.alpineRelease(text, entry.path());
            case "etc/debian_version" -> OsReleaseFiles.debianVersion(text, entry.path());
            default -> OsReleaseFiles.redHatStyleRelease(text, entry.path());
        };
        fact.ifPresentOrElse(sink::osRelease,
                () -> sink.note(entry.path(), "does not name a distribution release; the OS may be unknown"));
    }

    /**
     * The fact to trust among those found in an image's merged filesystem: {@code etc/os-release}
     * first, then {@code usr/lib/os-release}, then the older release files.
     */
    public static Optional<OsReleaseFact> preferred(Collection<OsReleaseFact> facts) {
        return facts.stream().min(Comparator.comparingInt(OsReleaseAnalyzer::rank));
    }

    private static int rank(OsReleaseFact fact) {
        int index = PATHS.indexOf(fact.path().toLowerCase(Locale.ROOT));
        return index < 0 ? PATHS.size() : index;
    }
}
