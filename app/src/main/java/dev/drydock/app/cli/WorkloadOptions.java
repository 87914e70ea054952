package dev.drydock.app.cli;

import dev.drydock.app.seccomp.CommandWords;
import dev.drydock.core.seccomp.learn.LearningLoop;
import dev.drydock.core.seccomp.learn.SeccompLearner;
import dev.drydock.core.seccomp.learn.Workload;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code seccomp learn} and {@code seccomp verify} run, and how it is contained. */
final class WorkloadOptions {

    private static final Duration MAX_DURATION = Duration.ofHours(1);
    private static final int MAX_RUNS = 50;

    @Option(names = "--cmd", paramLabel = "<command>", descriptionKey = "seccomp.cmd")
    String command;

    @Option(names = "--exec-script", paramLabel = "<file>", descriptionKey = "seccomp.exec-script")
    String script;

    @Option(names = "--duration", paramLabel = "<time>", descriptionKey = "seccomp.duration",
            converter = DurationConverter.class)
    Duration duration = Workload.DEFAULT_DURATION;

    @Option(names = "--network", descriptionKey = "seccomp.network")
    boolean network;

    @Option(names = "--cap-add", paramLabel = "<cap>", split = ",", descriptionKey = "seccomp.cap-add")
    List<String> capAdd = new ArrayList<>();

    @Option(names = "--cap-drop", paramLabel = "<cap>", split = ",", descriptionKey = "seccomp.cap-drop")
    List<String> capDrop = new ArrayList<>();

    @Option(names = "--helper-image", paramLabel = "<image>", descriptionKey = "seccomp.helper-image")
    String helperImage;

    @Option(names = "--max-runs", paramLabel = "<n>", descriptionKey = "seccomp.max-runs")
    int maxRuns = LearningLoop.DEFAULT_MAX_RUNS;

    /** The workload of {@code image} these options describe; usage errors for impossible combinations. */
    Workload workload(String image, CommandSpec spec, CliEnvironment environment) {
        if (command != null && script != null) {
            throw new ParameterException(spec.commandLine(), "--cmd and --exec-script exclude each other: the script's"
                    + " commands run with docker exec in a container kept alive with sleep.");
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw new ParameterException(spec.commandLine(), "--duration takes at most 1h per run.");
        }
        if (maxRuns < 1 || maxRuns > MAX_RUNS) {
            throw new ParameterException(spec.commandLine(), "--max-runs takes 1 to " + MAX_RUNS + ", not " + maxRuns + ".");
        }
        Workload workload = Workload.of(image).withDuration(duration).withNetwork(network)
                .withCapabilities(capAdd, capDrop);
        if (command != null) {
            List<String> words;
            try {
                words = CommandWords.split(command);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--cmd: " + e.getMessage() + ".");
            }
            if (words.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--cmd is empty; leave it out to run the image's own command.");
            }
            workload = workload.withCommand(words);
        }
        if (script != null) {
            workload = workload.withScript(scriptLines(environment.resolve(script)));
        }
        return workload;
    }

    SeccompLearner.Options learnerOptions() {
        return new SeccompLearner.Options(maxRuns, java.util.Optional.ofNullable(helperImage));
    }

    private List<String> scriptLines(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliProblem("cannot read the script " + script + ": " + (e.getMessage() == null ? e : e.getMessage()),
                    "Give a text file with one shell command per line (# starts a comment).");
        }
        List<String> commands = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        if (commands.isEmpty()) {
            throw new CliProblem("the script " + script + " has no commands.",
                    "Write one shell command per line; each runs with 'docker exec CONTAINER sh -c LINE'.");
        }
        return commands;
    }

    /** {@code 30}, {@code 30s}, {@code 2m}, {@code 1h}: a positive time, seconds when no unit is written. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            if (!text.matches("\\d{1,6}[smh]?")) {
                throw new TypeConversionException("expected a time such as 30s, 2m or 1h but was '" + value + "'");
            }
            char unit = Character.isDigit(text.charAt(text.length() - 1)) ? 's' : text.charAt(text.length() - 1);
            long amount = Long.parseLong(unit == 's' && Character.isDigit(text.charAt(text.length() - 1)) ? text
                    : text.substring(0, text.length() - 1));
            if (amount == 0) {
                throw new TypeConversionException("the time must be more than zero");
            }
            return switch (unit) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
    }
}
