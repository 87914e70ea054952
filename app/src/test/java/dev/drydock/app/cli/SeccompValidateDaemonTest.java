package dev.drydock.app.cli;

import dev.drydock.core.seccomp.templates.SeccompTemplates;
import dev.drydock.core.seccomp.validation.DaemonProfileCheck;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock seccomp validate --daemon}: the real daemon takes the strict template and refuses an unknown action. */
@DaemonTest
class SeccompValidateDaemonTest {

    @TempDir
    Path folder;

    private static String host() {
        return TestDocker.endpoint().uri();
    }

    private static List<String> checkContainers() throws Exception {
        Process ps = new ProcessBuilder("docker", "-H", host(), "ps", "-aq", "--filter", "label=" + DaemonProfileCheck.LABEL)
                .redirectErrorStream(true).start();
        String out = new String(ps.getInputStream().readAllBytes()).strip();
        ps.waitFor();
        return out.isEmpty() ? List.of() : List.of(out.split("\\s+"));
    }

    @Test
    void theDaemonTakesTheStrictTemplate() throws Exception {
        Path file = folder.resolve("strict.json");
        Files.writeString(file, SeccompTemplates.text("strict.json"));
        CliRun run = CliRun.of("seccomp", "validate", file.toString(), "--daemon", "--image",
                TestImages.busybox().reference(), "-H", host());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(file + ": daemon: The daemon accepted the profile.");
        assertThat(checkContainers()).isEmpty();
    }

    @Test
    void anUnknownActionIsRefusedByTheDaemonInWords() throws Exception {
        Path file = folder.resolve("odd.json");
        Files.writeString(file, "{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"architectures\":[\"SCMP_ARCH_X86_64\"],"
                + "\"syscalls\":[{\"names\":[\"read\"],\"action\":\"SCMP_ACT_SOMETIMES\"}]}");
        CliRun run = CliRun.of("seccomp", "validate", file.toString(), "--daemon", "--image",
                TestImages.busybox().reference(), "-H", host());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error: ")
                .contains(file + ": daemon: The daemon refused the profile: string SCMP_ACT_SOMETIMES is not a valid"
                        + " action for seccomp.");
        assertThat(checkContainers()).isEmpty();
    }

    @Test
    void anImageTheDaemonDoesNotHaveIsAnErrorInWords() throws Exception {
        Path file = folder.resolve("strict.json");
        Files.writeString(file, SeccompTemplates.text("strict.json"));
        CliRun run = CliRun.of("seccomp", "validate", file.toString(), "--daemon", "--image",
                "drydock-test/no-such-image:never", "-H", host());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("drydock: ").doesNotContain("Exception");
    }
}
