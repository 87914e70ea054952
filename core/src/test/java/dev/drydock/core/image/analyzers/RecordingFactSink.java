package dev.drydock.core.image.analyzers;

import dev.drydock.core.image.scan.AccountsFact;
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

/** Keeps what an analyzer reports, and runs an analyzer on one file the way the layer reader does. */
public final class RecordingFactSink implements FactSink {

    public final List<SecretFact> secrets = new ArrayList<>();
    public final List<MalwareFact> malware = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();

    /** Asks {@code analyzer} whether it wants a file at {@code path} and, if so, gives it the content. */
    public static RecordingFactSink analyze(FileAnalyzer analyzer, String path, int mode, byte[] content) {
        LayerEntry entry = new LayerEntry(path, dev.drydock.core.image.scan.EntryType.FILE, content.length, mode, 0, 0, "");
        RecordingFactSink sink = new RecordingFactSink();
        if (analyzer.wants(entry)) {
            try (InputStream in = new ByteArrayInputStream(content)) {
                analyzer.analyze(entry, in, sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sink;
    }

    public static RecordingFactSink analyze(FileAnalyzer analyzer, String path, String content) {
        return analyze(analyzer, path, 0644, content.getBytes(StandardCharsets.UTF_8));
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

    @Override
    public void osRelease(OsReleaseFact fact) {
    }

    @Override
    public void packageFound(PackageFact fact) {
    }

    @Override
    public void accounts(AccountsFact fact) {
    }

    @Override
    public void secret(SecretFact fact) {
        secrets.add(fact);
    }

    @Override
    public void malware(MalwareFact fact) {
        malware.add(fact);
    }

    @Override
    public void note(String path, String message) {
        notes.add(path + ": " + message);
    }
}
