package dev.drydock.app.cli;

import dev.drydock.core.config.ConfigLoader;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The options {@code lint} and {@code fix} share: which configuration, which rules, when to fail, ShellCheck or not, pins from the daemon or not. */
final class LintOptions {

    @Option(names = "--config", paramLabel = "<file>")
    String configFile;

    @Option(names = "--ignore", paramLabel = "<rule>")
    List<String> ignored = new ArrayList<>();

    @Option(names = "--failure-threshold", paramLabel = "error|warning|info|style|none",
            converter = SeverityConverter.class)
    Severity failureThreshold;

    @Option(names = "--no-shellcheck")
    boolean noShellCheck;

    @Option(names = "--pin-from-daemon")
    boolean pinFromDaemon;

    /**
     * The configuration of this run: {@code --config} or the files found from the working folder,
     * then {@code --ignore} and {@code --failure-threshold} on top.
     *
     * @throws dev.drydock.core.config.ConfigException when a config file is missing, unreadable or malformed
     */
    LintConfig config(CliEnvironment environment) {
        Optional<java.nio.file.Path> explicit = Optional.ofNullable(configFile).map(environment::resolve);
        LintConfig config = new ConfigLoader().load(explicit, environment.workingDir(), environment.variables())
                .withIgnoredRules(ignored);
        return failureThreshold == null ? config : config.withFailureThreshold(failureThreshold);
    }

    /** Reads {@code error}, {@code warning}, {@code info}, {@code style} or {@code none}, in any case. */
    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value).orElseThrow(() -> new TypeConversionException(
                    "expected one of error, warning, info, style, none but was '" + value + "'"));
        }
    }
}
