package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.MalwareFact;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.SecretFact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A fact sink that keeps what analyzers report, and helpers to run an analyzer on bytes. */
public final class RecordingSink implements FactSink {

    public final List<OsReleaseFact> osReleases = new ArrayList<>();
    public final List<PackageFact> packages = new ArrayList<>();
    public final List<AccountsFact> accounts = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();

    @Override
    public void osRelease(OsReleaseFact fact) {
        osReleases.add(fact);
    }

    @Override
    public void packageFound(PackageFact fact) {
        packages.add(fact);
    }

    @Override
    public void accounts(AccountsFact fact) {
        accounts.add(fact);
    }

    @Override
    public void secret(SecretFact fact) {
        throw new AssertionError("package analyzers report no secrets");
    }

    @Override
    public void malware(MalwareFact fact) {
        throw new AssertionError("package analyzers report no malware");
    }

    @Override
    public void note(String path, String message) {
        notes.add(path + ": " + message);
    }

    /** A regular file entry, mode 0644. */
    public static LayerEntry file(String path, long size) {
        return new LayerEntry(path, EntryType.FILE, size, 0644, 0, 0, "");
    }

    /** Asks {@code analyzer} whether it wants the file, and runs it on {@code bytes} when it does. */
    public static RecordingSink run(FileAnalyzer analyzer, String path, byte[] bytes) {
        RecordingSink sink = new RecordingSink();
        LayerEntry entry = file(path, bytes.length);
        if (!analyzer.wants(entry)) {
            throw new AssertionError(analyzer.name() + " does not want " + path);
        }
        try {
            analyzer.analyze(entry, new ByteArrayInputStream(bytes), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    public static RecordingSink run(FileAnalyzer analyzer, String path, String text) {
        return run(analyzer, path, text.getBytes(StandardCharsets.UTF_8));
    }
}
