package dev.drydock.core.image.analyzers;

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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what analyzers report, and runs an analyzer on one file the way the layer reader does. The
 * sink of a package analyzer's test refuses secrets and malware: those analyzers never report them.
 */
public final class RecordingFactSink implements FactSink {

    public final List<OsReleaseFact> osReleases = new ArrayList<>();
    public final List<PackageFact> packages = new ArrayList<>();
    public final List<AccountsFact> accounts = new ArrayList<>();
    public final List<SecretFact> secrets = new ArrayList<>();
    public final List<MalwareFact> malware = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();
    private final boolean packagesOnly;

    public RecordingFactSink() {
        this(false);
    }

    private RecordingFactSink(boolean packagesOnly) {
        this.packagesOnly = packagesOnly;
    }

    /** A sink for package analyzers: a secret or malware fact fails the test. */
    public static RecordingFactSink forPackageAnalyzers() {
        return new RecordingFactSink(true);
    }

    /** A regular file entry. */
    public static LayerEntry file(String path, long size, int mode) {
        return new LayerEntry(path, EntryType.FILE, size, mode, 0, 0, "");
    }

    /** A regular file entry, mode 0644. */
    public static LayerEntry file(String path, long size) {
        return file(path, size, 0644);
    }

    /** Asks {@code analyzer} whether it wants a file at {@code path} and, if so, gives it the content. */
    public static RecordingFactSink analyze(FileAnalyzer analyzer, String path, int mode, byte[] content) {
        RecordingFactSink sink = new RecordingFactSink();
        LayerEntry entry = file(path, content.length, mode);
        if (analyzer.wants(entry)) {
            sink.feed(analyzer, entry, content);
        }
        return sink;
    }

    public static RecordingFactSink analyze(FileAnalyzer analyzer, String path, String content) {
        return analyze(analyzer, path, 0644, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs a package analyzer on {@code bytes} at {@code path}, which it must want. */
    public static RecordingFactSink run(FileAnalyzer analyzer, String path, byte[] bytes) {
        RecordingFactSink sink = forPackageAnalyzers();
        LayerEntry entry = file(path, bytes.length);
        if (!analyzer.wants(entry)) {
            throw new AssertionError(analyzer.name() + " does not want " + path);
        }
        sink.feed(analyzer, entry, bytes);
        return sink;
    }

    public static RecordingFactSink run(FileAnalyzer analyzer, String path, String text) {
        return run(analyzer, path, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] resource(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void feed(FileAnalyzer analyzer, LayerEntry entry, byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            analyzer.analyze(entry, in, this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
        if (packagesOnly) {
            throw new AssertionError("package analyzers report no secrets");
        }
        secrets.add(fact);
    }

    @Override
    public void malware(MalwareFact fact) {
        if (packagesOnly) {
            throw new AssertionError("package analyzers report no malware");
        }
        malware.add(fact);
    }

    @Override
    public void note(String path, String message) {
        notes.add(path + ": " + message);
    }
}
