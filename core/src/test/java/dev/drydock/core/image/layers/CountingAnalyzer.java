package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.SecretFact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny analyzer for reader tests: every file whose name ends with {@code .txt} is searched for the
 * word {@code SECRET} (a masked secret fact), and {@code var/lib/pkgdb} lists packages, one
 * {@code name version} a line. Counts its calls and the bytes it was given.
 */
final class CountingAnalyzer implements FileAnalyzer {

    final AtomicInteger calls = new AtomicInteger();
    final AtomicLong bytesRead = new AtomicLong();
    private final long maxBytes;
    private final Runnable onCall;

    CountingAnalyzer() {
        this(1 << 20, () -> { });
    }

    CountingAnalyzer(long maxBytes, Runnable onCall) {
        this.maxBytes = maxBytes;
        this.onCall = onCall;
    }

    @Override
    public String name() {
        return "counting-test";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.FILE && (entry.name().endsWith(".txt") || entry.path().equals("var/lib/pkgdb")
                || entry.name().equals("huge.bin"));
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        calls.incrementAndGet();
        onCall.run();
        byte[] bytes = content.readAllBytes();
        bytesRead.addAndGet(bytes.length);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (entry.path().equals("var/lib/pkgdb")) {
            for (String line : text.split("\n")) {
                String[] parts = line.split(" ");
                if (parts.length == 2) {
                    sink.packageFound(new PackageFact(PackageType.DEB, "test", parts[0], parts[1], "", "", "", "",
                            "pkg:deb/test/" + parts[0] + "@" + parts[1], entry.path()));
                }
            }
        } else if (text.contains("SECRET")) {
            sink.secret(new SecretFact("test-secret", "/" + entry.path(), 1, "SEC***"));
        }
    }
}
