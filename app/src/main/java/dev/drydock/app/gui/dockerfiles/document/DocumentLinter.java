package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.core.config.ConfigDiscovery;
import dev.drydock.core.config.ConfigException;
import dev.drydock.core.config.ConfigLoader;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LintResult;
import dev.drydock.core.lint.LocalImages;
import dev.drydock.core.lint.shellcheck.ShellCheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Lints an editor buffer the way {@code drydock lint} lints its file: Drydock's rules with the
 * config files found for the file's folder (only the user's for an untitled buffer), plus
 * ShellCheck on RUN scripts when it is on the {@code PATH}. A config file that cannot be used
 * becomes a note and the defaults apply. Blocking (reads config files, runs ShellCheck): call off
 * the UI thread. Thread-safe.
 */
public final class DocumentLinter {

    static final String SHELLCHECK_MISSING =
            "ShellCheck was not found on PATH, so the shell scripts in RUN are not checked. Install shellcheck to check them.";

    private final DockerfileLinter rules;
    private final Map<String, String> environment;
    private final Supplier<Optional<ShellCheck>> shellCheck;
    private final ConfigLoader configs = new ConfigLoader();
    private final Supplier<LocalImages> localImages;

    /**
     * @param shellCheck asked off the UI thread, each time ShellCheck could run
     */
    public DocumentLinter(DockerfileLinter rules, Map<String, String> environment,
                          Supplier<Optional<ShellCheck>> shellCheck) {
        this(rules, environment, shellCheck, LocalImages::none);
    }

    private DocumentLinter(DockerfileLinter rules, Map<String, String> environment,
                           Supplier<Optional<ShellCheck>> shellCheck, Supplier<LocalImages> localImages) {
        this.rules = rules;
        this.environment = Map.copyOf(environment);
        this.shellCheck = shellCheck;
        this.localImages = localImages;
    }

    /**
     * This linter, pinning base images to what the connected daemon has ({@code latest} to the tag
     * or digest of the image a build uses today). {@code images} is asked on every lint, off the UI
     * thread: give it a snapshot, not a daemon call.
     */
    public DocumentLinter withLocalImages(Supplier<LocalImages> images) {
        return new DocumentLinter(rules, environment, shellCheck, images);
    }

    /** Drydock's rules, this process's environment, and the {@code shellcheck} on its {@code PATH}. */
    public static DocumentLinter standard() {
        Map<String, String> environment = System.getenv();
        Optional<ShellCheck> found = ShellCheck.onPath(environment.get("PATH"));
        return new DocumentLinter(DockerfileLinter.standard(), environment, () -> found);
    }

    /**
     * What linting found.
     *
     * @param findings          the findings that count, in reading order
     * @param note              for the user: config or ShellCheck trouble; empty when none
     * @param shellCheckPending true when these are Drydock's findings only and ShellCheck still has scripts to check
     */
    public record Outcome(List<Finding> findings, String note, boolean shellCheckPending) {

        public Outcome {
            findings = List.copyOf(findings);
        }
    }

    /** Drydock's rules only: fast enough for every keystroke. */
    public Outcome quick(Optional<Path> file, String text) {
        return lint(file, text, false);
    }

    /** Drydock's rules and ShellCheck (when it is there and the file has RUN instructions). */
    public Outcome full(Optional<Path> file, String text) {
        return lint(file, text, true);
    }

    private Outcome lint(Optional<Path> file, String text, boolean runShellCheck) {
        List<String> notes = new ArrayList<>();
        LintConfig config = config(file, notes);
        Dockerfile dockerfile = Dockerfile.parse(text);
        boolean hasRun = dockerfile.instructions().stream().anyMatch(RunInstruction.class::isInstance);
        Optional<ShellCheck> checker = hasRun ? shellCheck.get() : Optional.empty();
        if (hasRun && checker.isEmpty()) {
            notes.add(SHELLCHECK_MISSING);
        }
        String name = file.map(Path::toString).orElse("Dockerfile");
        DockerfileLinter linter = rules.withLocalImages(localImages.get());
        Set<String> shellCheckProblems = new LinkedHashSet<>();
        if (runShellCheck && checker.isPresent()) {
            linter = linter.withShellCheck(checker.get().reportingProblemsTo(shellCheckProblems::add));
        }
        LintResult result = linter.lint(name, dockerfile, config);
        notes.addAll(shellCheckProblems);
        return new Outcome(result.findings(), String.join(" ", notes), !runShellCheck && checker.isPresent());
    }

    private LintConfig config(Optional<Path> file, List<String> notes) {
        try {
            List<Path> files = file.map(path -> ConfigDiscovery.configFiles(Optional.empty(),
                            path.toAbsolutePath().getParent(), environment))
                    .orElseGet(() -> ConfigDiscovery.userConfigFiles(environment));
            return configs.load(files);
        } catch (ConfigException unusable) {
            notes.add(unusable.getMessage() + " Checking with the default settings until it is fixed.");
            return LintConfig.defaults();
        }
    }

    /** The rules and the configuration that apply to a file: what fixing and exporting it use. Blocking: reads config files. */
    public record Setup(DockerfileLinter linter, LintConfig config) {
    }

    /** Drydock's rules (not ShellCheck, whose findings carry no fixes) and the file's configuration. */
    public Setup setup(Optional<Path> file) {
        return new Setup(rules.withLocalImages(localImages.get()), config(file, new ArrayList<>()));
    }

    /** True for findings of ShellCheck ({@code SC2086}…), which only a full lint reports. */
    static boolean fromShellCheck(Finding finding) {
        return finding.ruleId().matches("SC\\d+");
    }
}
