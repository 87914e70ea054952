package dev.drydock.app.cli;

import dev.drydock.core.task.CancelledException;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.DatabaseUpdater;
import dev.drydock.core.vuln.db.DatabaseUpdater.EcosystemUpdate;
import dev.drydock.core.vuln.db.OsvBucket;
import dev.drydock.core.vuln.db.UpdateSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code drydock db update}: downloads OSV's per-ecosystem exports into the vulnerability database,
 * only the changed records where the database already has an ecosystem from the same place. The
 * database changes in one atomic swap at the end; a failure or Ctrl+C leaves it as it was.
 */
@Command(name = "update")
final class DbUpdateCommand implements Callable<Integer> {

    @ParentCommand
    DbCommand db;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DatabaseFileOption file;

    @Option(names = "--ecosystem", paramLabel = "NAME", descriptionKey = "db.update.ecosystem",
            converter = EcosystemConverter.class, split = ",")
    List<Ecosystem> ecosystems;

    @Option(names = "--base-url", paramLabel = "URL")
    String baseUrl;

    @Option(names = "--timeout", paramLabel = "SECONDS")
    long timeoutSeconds = UpdateSettings.defaults().readTimeout().toSeconds();

    @Option(names = "--full")
    boolean full;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path database = db.file(file);
        UpdateSettings settings = settings();
        Set<Ecosystem> wanted = ecosystems == null || ecosystems.isEmpty() ? EnumSet.allOf(Ecosystem.class)
                : EnumSet.copyOf(ecosystems);
        List<EcosystemUpdate> done;
        TerminalProgress progress = db.progress(err);
        try (CancelOnInterrupt ctrlC = CancelOnInterrupt.install()) {
            try {
                done = new DatabaseUpdater(settings).update(database, wanted, progress, ctrlC.token());
            } catch (CancelledException e) {
                progress.finish();
                err.println("drydock: update cancelled; the vulnerability database is unchanged.");
                err.flush();
                return ExitCodes.CANCELLED;
            } finally {
                progress.finish();
            }
        }
        DatabaseChanges.printUpdate(spec.commandLine().getOut(), database, done);
        return ExitCodes.OK;
    }

    private UpdateSettings settings() {
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 1 second or more, not " + timeoutSeconds + ".");
        }
        UpdateSettings defaults = UpdateSettings.defaults();
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        Duration connect = timeout.compareTo(defaults.connectTimeout()) < 0 ? timeout : defaults.connectTimeout();
        OsvBucket bucket = baseUrl == null ? defaults.bucket() : new OsvBucket(baseUri());
        return new UpdateSettings(bucket, connect, timeout, defaults.limits(), !full, defaults.maxIncrementalRecords(),
                defaults.maxIndexBytes());
    }

    private URI baseUri() {
        try {
            URI uri = new URI(baseUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new ParameterException(spec.commandLine(), "--base-url must be an http:// or https:// address, not '"
                + baseUrl + "'.");
    }
}
