package dev.drydock.app.cli;

import dev.drydock.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real launcher in a separate JVM with no display and proves the command line never
 * loads a JavaFX class (nor Drydock's GUI package), so it works on servers and in CI.
 */
class HeadlessLaunchTest {

    @TempDir
    Path temp;

    @Test
    void versionRunsWithoutDisplayAndLoadsNoJavaFx() throws Exception {
        Launch launch = launch("--version");

        assertThat(launch.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(launch.out()).startsWith("drydock ");
        assertNoGuiClassLoaded(launch.loadedClasses());
    }

    @Test
    void connectionErrorExitsWithTwoAndLoadsNoJavaFx() throws Exception {
        Launch launch = launch("containers", "-H", "unix:///nonexistent.sock");

        assertThat(launch.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(launch.err()).startsWith("drydock: ").doesNotContain("\tat ");
        assertNoGuiClassLoaded(launch.loadedClasses());
    }

    @Test
    void lintReadsStandardInputWithoutDisplayAndLoadsNoJavaFx() throws Exception {
        Path dockerfile = Files.writeString(temp.resolve("Dockerfile"), "FROM busybox\nRUN apt install -y curl\n");

        Launch launch = launch(dockerfile, "lint", "--format", "json", "-");

        assertThat(launch.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(launch.out()).contains("\"DD3027\"");
        assertNoGuiClassLoaded(launch.loadedClasses());
    }

    private static void assertNoGuiClassLoaded(List<String> loaded) {
        assertThat(loaded).as("the class-load log works").anyMatch(line -> line.contains(" picocli.CommandLine "));
        assertThat(loaded).noneMatch(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")
                || line.contains(" " + Main.class.getPackageName() + ".gui."));
    }

    private record Launch(int exitCode, String out, String err, List<String> loadedClasses) {
    }

    private Launch launch(String... args) throws IOException, InterruptedException {
        return launch(null, args);
    }

    /** Runs the launcher with {@code stdin} (a file, or nothing when null) as its standard input. */
    private Launch launch(Path stdin, String... args) throws IOException, InterruptedException {
        Path classLog = temp.resolve("classes.log");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("drydock " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Launch(process.exitValue(), Files.readString(out), Files.readString(err),
                Files.readAllLines(classLog));
    }
}
