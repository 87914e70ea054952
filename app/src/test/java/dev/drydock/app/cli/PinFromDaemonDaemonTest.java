package dev.drydock.app.cli;

import dev.drydock.core.testing.DaemonTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --pin-from-daemon} against the real daemon: {@code latest} is pinned to the other tag of the same local image. */
@DaemonTest
class PinFromDaemonDaemonTest {

    @TempDir
    Path temp;

    @Test
    void fixPinsLatestToTheOtherTagOfTheSameLocalImage() {
        try (LocalNodeImage node = LocalNodeImage.load()) {
            LintWorkspace workspace = LintWorkspace.in(temp);
            workspace.write("Dockerfile", "FROM " + node.latest() + " AS app\nUSER 65534\nHEALTHCHECK NONE\n");

            CliRun fix = workspace.run("fix", "--write", "--pin-from-daemon", "Dockerfile");

            assertThat(fix.err()).doesNotContain(DaemonBaseImages.UNREACHABLE);
            assertThat(workspace.read("Dockerfile")).isEqualTo("FROM " + node.version() + " AS app\nUSER 65534\nHEALTHCHECK NONE\n");
            assertThat(workspace.run("lint", "--pin-from-daemon", "Dockerfile").out()).doesNotContain("DD3007");
        }
    }

    @Test
    void lintOffersTheSafePinAndWithoutTheOptionOnlyThePlaceholder() {
        try (LocalNodeImage node = LocalNodeImage.load()) {
            LintWorkspace workspace = LintWorkspace.in(temp);
            workspace.write("Dockerfile", "FROM " + node.latest() + "\nUSER 65534\nHEALTHCHECK NONE\n");

            CliRun pinned = workspace.run("lint", "--pin-from-daemon", "Dockerfile");
            CliRun plain = workspace.run("lint", "Dockerfile");

            assertThat(pinned.out()).contains("DD3007", "fix: Pin to tag " + LocalNodeImage.VERSION);
            assertThat(plain.out()).contains("DD3007", "fix (needs review): Pin to a version (placeholder")
                    .doesNotContain(LocalNodeImage.VERSION);
        }
    }
}
