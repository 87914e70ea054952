package dev.drydock.app.cli;

import dev.drydock.core.vuln.db.DatabaseStatus;
import dev.drydock.core.vuln.db.VulnerabilityDatabase;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code drydock db status}: where the vulnerability database is, how old, and where its records came
 * from. Exit code 1 when there is none yet, or it is empty or older than {@code --max-age}, so that a
 * script can run {@code drydock db status || drydock db update}.
 */
@Command(name = "status")
final class DbStatusCommand implements Callable<Integer> {

    @ParentCommand
    DbCommand db;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DatabaseFileOption file;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "db.status.format",
            converter = StatusFormatConverter.class)
    OutputFormat format;

    @Option(names = "--max-age", paramLabel = "DAYS")
    long maxAgeDays = DatabaseStatus.DEFAULT_MAX_AGE.toDays();

    @Override
    public Integer call() {
        if (maxAgeDays < 0) {
            throw new ParameterException(spec.commandLine(), "--max-age must be 0 or more days, not " + maxAgeDays + ".");
        }
        Path path = db.file(file);
        Duration maxAge = Duration.ofDays(maxAgeDays);
        Instant now = Instant.now();
        Optional<DatabaseStatus> status = read(path);
        PrintWriter out = spec.commandLine().getOut();
        if (chosenFormat() == OutputFormat.json) {
            JsonOutput.print(out, status.map(s -> DatabaseStatusJson.of(s, maxAge, now))
                    .orElseGet(() -> DatabaseStatusJson.missing(path, maxAge)));
        } else if (status.isPresent()) {
            DatabaseStatusText.print(out, status.get(), maxAge, now);
        } else {
            DatabaseStatusText.printMissing(out, path);
        }
        boolean stale = status.map(s -> s.isOlderThan(maxAge, now)).orElse(true);
        return stale ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The status of the database in {@code path}; empty when there is none. */
    private static Optional<DatabaseStatus> read(Path path) {
        try (VulnerabilityDatabase database = VulnerabilityDatabase.open(path)) {
            return Optional.of(database.status());
        } catch (VulnerabilityDatabaseException e) {
            if (e.problem() == VulnerabilityDatabaseException.Problem.MISSING) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** {@code --format} after the command, else {@code drydock --format json db status}, else text. */
    private OutputFormat chosenFormat() {
        if (format != null) {
            return format;
        }
        return db.root.format != null ? db.root.format : OutputFormat.table;
    }

    /** {@code text} (or {@code table}, as the listing commands call it) or {@code json}, in any case. */
    static final class StatusFormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "text", "table" -> OutputFormat.table;
                case "json" -> OutputFormat.json;
                default -> throw new TypeConversionException("expected one of text, json but was '" + value + "'");
            };
        }
    }
}
