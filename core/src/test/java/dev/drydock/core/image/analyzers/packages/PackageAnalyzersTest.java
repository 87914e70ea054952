package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class PackageAnalyzersTest {

    /** One path each analyzer wants. */
    private static final List<String> WANTED = List.of("etc/os-release", "etc/passwd", "var/lib/dpkg/status",
            "lib/apk/db/installed", "var/lib/rpm/rpmdb.sqlite", "app.jar", "node_modules/a/package.json",
            "package-lock.json", "a-1.dist-info/METADATA", "usr/bin/tool", "specifications/a-1.gemspec");

    @Test
    void namesAreUniqueBecauseTheyKeyTheLayerCache() {
        assertThat(PackageAnalyzers.all()).extracting(FileAnalyzer::name).doesNotHaveDuplicates().hasSize(11);
    }

    @Test
    void randomBytesNeverMakeAnAnalyzerThrow() {
        Random random = new Random(5);
        for (FileAnalyzer analyzer : PackageAnalyzers.all()) {
            LayerEntry entry = wantedBy(analyzer);
            for (int round = 0; round < 20; round++) {
                byte[] bytes = new byte[random.nextInt(2048) + (analyzer instanceof GoBinaryAnalyzer ? 600_000 : 0)];
                random.nextBytes(bytes);
                RecordingFactSink sink = RecordingFactSink.forPackageAnalyzers();
                assertThatCode(() -> analyzer.analyze(entry, new ByteArrayInputStream(bytes), sink))
                        .as(analyzer.name()).doesNotThrowAnyException();
            }
        }
    }

    private static LayerEntry wantedBy(FileAnalyzer analyzer) {
        return WANTED.stream().map(path -> new LayerEntry(path, EntryType.FILE, 1_000_000, 0755, 0, 0, ""))
                .filter(analyzer::wants).findFirst()
                .orElseThrow(() -> new AssertionError(analyzer.name() + " wants none of " + WANTED));
    }
}
