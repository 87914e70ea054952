package dev.drydock.core.lint.shellcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks the shell scripts of RUN instructions with the {@code shellcheck} program and maps its
 * findings ({@code SC2086}…) back to Dockerfile ranges. One {@code shellcheck} process per Dockerfile:
 * each script is a file of its own (so scripts are analysed separately, as each RUN runs in a shell
 * of its own), starting with a {@code #!} line naming its dialect and {@code export NAME} for the
 * ARG and ENV variables it sees. Problems running the program never fail a lint: they go to the
 * problem listener and the scripts are left unchecked.
 *
 * <p>Measured with ShellCheck 0.9.0 on the 2-core build machine, 20 RUN scripts: one process for all
 * of them takes about 40 ms, one process per script about 140 ms.
 */
public final class ShellCheck {

    /** Codes that make no sense here: ash unsupported, sourced files not given, our #! line before a script's own. */
    private static final String EXCLUDED = "SC2187,SC1090,SC1091,SC1128";
    private static final long TIMEOUT_SECONDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path executable;
    private final Consumer<String> problems;
    private final ShellCheckRules rules = new ShellCheckRules();

    private ShellCheck(Path executable, Consumer<String> problems) {
        this.executable = executable;
        this.problems = problems;
    }

    /** The {@code shellcheck} found on this process's {@code PATH}, if any. */
    public static Optional<ShellCheck> onPath() {
        return onPath(System.getenv("PATH"));
    }

    /**
     * The {@code shellcheck} found in a {@code PATH}-style list of folders, if any. Relative entries
     * ({@code .}, empty) are skipped, so linting a project never runs a {@code shellcheck} it contains.
     */
    public static Optional<ShellCheck> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank() && Path.of(dir).isAbsolute())
                .flatMap(dir -> Stream.of(Path.of(dir, "shellcheck"), Path.of(dir, "shellcheck.exe")))
                .filter(Files::isExecutable)
                .findFirst()
                .map(found -> new ShellCheck(found, problem -> { }));
    }

    /** This ShellCheck, telling {@code listener} (in user terms) when it could not check a file. */
    public ShellCheck reportingProblemsTo(Consumer<String> listener) {
        return new ShellCheck(executable, listener);
    }

    public Path executable() {
        return executable;
    }

    /** The metadata of a ShellCheck code this instance has reported ({@code SC2086}). */
    public Optional<RuleMetadata> metadata(String code) {
        return rules.find(code);
    }

    /** ShellCheck's findings on the RUN scripts of {@code dockerfile}, with {@code file} as their location. */
    public List<Finding> check(String file, Dockerfile dockerfile) {
        List<ShellCheckScript> scripts = ShellCheckScripts.of(dockerfile);
        if (scripts.isEmpty()) {
            return List.of();
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("drydock-shellcheck");
            JsonNode output = run(dir, scripts);
            return output == null ? List.of() : findings(file, dockerfile, scripts, output);
        } catch (IOException e) {
            problems.accept("ShellCheck could not check " + file + ": " + e.getMessage());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            deleteQuietly(dir);
        }
    }

    private JsonNode run(Path dir, List<ShellCheckScript> scripts) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--format=json1", "--exclude=" + EXCLUDED, "--"));
        for (int i = 0; i < scripts.size(); i++) {
            Path script = dir.resolve(fileName(i));
            Files.writeString(script, ShellCheckInput.header(scripts.get(i)) + scripts.get(i).text().text(), StandardCharsets.UTF_8);
            command.add(script.getFileName().toString());
        }
        // Output goes to files, so a program that hangs cannot block this thread past the time limit.
        Path output = dir.resolve("stdout.json");
        Path errors = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            problems.accept("ShellCheck did not finish within " + TIMEOUT_SECONDS + " s; RUN scripts were not checked.");
            return null;
        }
        int exit = process.exitValue();
        if (exit != 0 && exit != 1) {
            problems.accept("ShellCheck failed (exit code " + exit + "): " + Files.readString(errors).strip());
            return null;
        }
        return JSON.readTree(output.toFile());
    }

    private List<Finding> findings(String file, Dockerfile dockerfile, List<ShellCheckScript> scripts, JsonNode output) {
        LineMap lines = LineMap.of(dockerfile.text());
        List<Finding> findings = new ArrayList<>();
        for (JsonNode comment : output.path("comments")) {
            int index = scriptIndex(comment.path("file").asText());
            if (index < 0 || index >= scripts.size()) {
                continue;
            }
            ShellCheckScript script = scripts.get(index);
            int headerLines = ShellCheckInput.headerLines(script);
            int line = comment.path("line").asInt() - headerLines;
            if (line < 1) {
                continue;
            }
            int endLine = Math.max(line, comment.path("endLine").asInt() - headerLines);
            SourceRange range = script.rangeOf(line, comment.path("column").asInt(1), endLine, comment.path("endColumn").asInt(1));
            String message = comment.path("message").asText();
            Severity severity = ShellCheckRules.severity(comment.path("level").asText());
            RuleMetadata rule = rules.record(comment.path("code").asInt(), message, severity);
            Location location = new Location.DockerfileRange(file, lines.range(range.startOffset(), range.endOffset()));
            List<Fix> fixes = ShellCheckFixes.of(comment.path("fix"), rule.id(), script, headerLines, dockerfile.text())
                    .map(List::of).orElse(List.of());
            findings.add(Finding.of(rule.id(), severity, message, location).withFixes(fixes));
        }
        return findings;
    }

    private static String fileName(int index) {
        return "run-" + index + ".sh";
    }

    private static int scriptIndex(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        if (!name.startsWith("run-") || !name.endsWith(".sh")) {
            return -1;
        }
        try {
            return Integer.parseInt(name.substring(4, name.length() - 3));
        } catch (NumberFormatException e) {
            return -1;
        }
    }


    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
