package dev.drydock.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.*;

class ScanExploreTest {
    @TempDir Path temp;
    @Test
    void explore() throws Exception {
        Path tar = RealisticImage.archive("shop/web:2.1").writeDockerArchive(temp.resolve("web.tar"));
        StringBuilder all = new StringBuilder();
        for (String[] args : new String[][]{{"scan", tar.toString(), "--no-cache"}, {"scan", tar.toString(), "--no-cache", "--format", "json"},
                {"scan", tar.toString(), "--no-cache", "--format", "sarif"}, {"sbom", tar.toString(), "--no-cache", "--format", "cyclonedx"}}) {
            CliRun run = CliRun.of(args);
            all.append("=== ").append(String.join(" ", args)).append(" -> ").append(run.exitCode()).append("\n").append(run.out()).append("\n--- err\n").append(run.err()).append("\n");
        }
        Files.writeString(Path.of("/tmp/s5/explore.txt"), all);
    }
}
