package dev.drydock.app.cli;

import dev.drydock.core.task.CancelledException;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.DatabaseImport;
import dev.drydock.core.vuln.db.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code drydock db import}: fills the vulnerability database from OSV exports on disk, for machines
 * without internet access. The database changes in one atomic swap at the end; a failure or Ctrl+C
 * leaves it as it was.
 */
@Command(name = "import")
final class DbImportCommand implements Callable<Integer> {

    @ParentCommand
    DbCommand db;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DatabaseFileOption file;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "db.import.paths")
    List<String> paths;

    @Option(names = "--ecosystem", paramLabel = "NAME", descriptionKey = "db.import.ecosystem",
            converter = EcosystemConverter.class)
    Ecosystem ecosystem;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path database = db.file(file);
        List<Path> inputs = paths.stream().map(path -> db.environment().resolve(path)).toList();
        ImportResult result;
        TerminalProgress progress = db.progress(err);
        try (CancelOnInterrupt ctrlC = CancelOnInterrupt.install()) {
            try {
                result = new DatabaseImport().importFiles(database, inputs, Optional.ofNullable(ecosystem), progress,
                        ctrlC.token());
            } catch (CancelledException e) {
                progress.finish();
                err.println("drydock: import cancelled; the vulnerability database is unchanged.");
                err.flush();
                return ExitCodes.CANCELLED;
            } finally {
                progress.finish();
            }
        }
        DatabaseChanges.printImport(spec.commandLine().getOut(), database, inputs.size(), result);
        return ExitCodes.OK;
    }
}
