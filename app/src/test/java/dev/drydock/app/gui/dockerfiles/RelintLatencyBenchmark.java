package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.dockerfiles.document.DocumentLinter;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.dockerfile.ThousandLineDockerfileBenchmark;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.shellcheck.ShellCheck;
import javafx.application.Platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A benchmark, not a test (run it with {@code bench/editor-relint.sh}): what a keystroke costs in the
 * Dockerfile editor of issue 4, and how long until its findings are shown, with the 1,000-line
 * benchmark Dockerfile and a 2,000-line one. Needs JavaFX with Monocle (headless), set by the script.
 * Targets: the findings of Drydock's rules within 100 ms of a keystroke (the 40 ms debounce
 * included), and a keystroke's work on the FX thread well inside a 16 ms frame.
 *
 * <p>Arguments: {@code --keystrokes N} (measured, default 200), {@code --warmup N} (default 100),
 * {@code --shellcheck-keystrokes N} (measured with ShellCheck, default 60, after a fifth of the warm-up),
 * {@code --lines 1000,2000}, {@code --shellcheck auto|off|only} (auto: both modes when shellcheck is
 * on the PATH). Exits 1 when a target is missed at the 90th percentile.
 */
public final class RelintLatencyBenchmark {

    private static final double FINDINGS_TARGET_MILLIS = 100;
    private static final double FRAME_MILLIS = 16;

    private RelintLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int keystrokes = 200;
        int warmUp = 100;
        int shellCheckKeystrokes = 60;
        List<Integer> sizes = List.of(1_000, 2_000);
        String shellCheckMode = "auto";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--keystrokes" -> keystrokes = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmUp = Integer.parseInt(args[i + 1]);
                case "--shellcheck-keystrokes" -> shellCheckKeystrokes = Integer.parseInt(args[i + 1]);
                case "--lines" -> sizes = Stream.of(args[i + 1].split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--shellcheck" -> shellCheckMode = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Map<String, String> environment = System.getenv();
        Optional<ShellCheck> shellCheck = ShellCheck.onPath(environment.get("PATH"));
        List<Boolean> modes = new ArrayList<>();
        if (!"only".equals(shellCheckMode)) {
            modes.add(false);
        }
        if (!"off".equals(shellCheckMode) && shellCheck.isPresent()) {
            modes.add(true);
        }
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Path recovery = Files.createTempDirectory("drydock-relint-bench");
        UiTaskRunner runner = UiTaskRunner.forFx();
        boolean met = true;
        try {
            System.out.printf(Locale.ROOT, "Re-lint after a keystroke: %d keystrokes measured after %d warm-up "
                    + "(with ShellCheck: %d after %d), each typing a character at a random place or deleting it "
                    + "with Backspace; %d cores, Java %s%n", keystrokes, warmUp, shellCheckKeystrokes, warmUp / 5,
                    Runtime.getRuntime().availableProcessors(), Runtime.version());
            for (int lines : sizes) {
                String text = ThousandLineDockerfileBenchmark.atLeastLines(lines);
                for (boolean withShellCheck : modes) {
                    DocumentLinter linter = new DocumentLinter(DockerfileLinter.standard(), environment,
                            withShellCheck ? () -> shellCheck : Optional::empty);
                    RelintSamples samples;
                    try (RelintTrial trial = new RelintTrial(text, linter, withShellCheck, runner, recovery)) {
                        samples = withShellCheck ? trial.run(warmUp / 5, shellCheckKeystrokes) : trial.run(warmUp, keystrokes);
                    }
                    met &= print(text, withShellCheck, samples);
                }
            }
        } finally {
            Platform.exit();
            runner.close();
            deleteTree(recovery);
        }
        System.exit(met ? 0 : 1);
    }

    private static boolean print(String text, boolean shellCheck, RelintSamples samples) {
        long lines = text.chars().filter(c -> c == '\n').count();
        System.out.printf(Locale.ROOT, "%n%,d lines (%,d characters), ShellCheck %s%n", lines, text.length(),
                shellCheck ? "on (second pass)" : "off");
        System.out.printf(Locale.ROOT, "%-46s %9s %9s %9s %6s%n", "ms", "median", "p90", "max", "n");
        Latency keystroke = Latency.of(samples.keystrokeFx);
        Latency findings = Latency.of(samples.toFindings);
        row("keystroke on the FX thread", keystroke);
        row("  layout pulse after it (CSS + layout)", Latency.of(samples.keystrokePulse));
        row("keystroke -> Drydock's findings shown", findings);
        row("  applying them on the FX thread", Latency.of(samples.findingsFx));
        row("  layout pulse after them", Latency.of(samples.findingsPulse));
        if (shellCheck) {
            row("keystroke -> ShellCheck's findings shown", Latency.of(samples.toShellCheckFindings));
            row("  applying them on the FX thread", Latency.of(samples.shellCheckFx));
            row("  layout pulse after them", Latency.of(samples.shellCheckPulse));
        }
        boolean met = findings.p90Millis() < FINDINGS_TARGET_MILLIS && keystroke.p90Millis() < FRAME_MILLIS;
        System.out.printf(Locale.ROOT, "target (p90: findings < %.0f ms, keystroke < %.0f ms): %s%n",
                FINDINGS_TARGET_MILLIS, FRAME_MILLIS, met ? "met" : "MISSED");
        return met;
    }

    private static void row(String label, Latency latency) {
        System.out.printf(Locale.ROOT, "%-46s %s%n", label, latency.columns());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
