package dev.drydock.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code drydock db}: the offline vulnerability database (OSV advisories) that image scans match
 * packages against: how old it is and where its records came from, and filling it by download or
 * from local files.
 */
@Command(name = "db", subcommands = {DbStatusCommand.class, DbUpdateCommand.class, DbImportCommand.class})
final class DbCommand implements Runnable {

    @ParentCommand
    DrydockCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** {@code drydock db --db x.db status}. */
    @Mixin
    DatabaseFileOption database;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    /** The database file the options of {@code command}, of {@code db} and of {@code drydock} point to. */
    Path file(DatabaseFileOption command) {
        return root.databaseFile(command, database);
    }

    CliEnvironment environment() {
        return root.environment;
    }

    /**
     * The progress line of an import or update on a terminal: downloads counted in bytes, imports
     * (the core reports them as "Importing …") in records.
     */
    TerminalProgress progress(PrintWriter err) {
        return TerminalProgress.line(err, root.environment.terminal(), (message, done, total) ->
                message.startsWith("Importing") ? TerminalProgress.count(done, total, "records")
                        : TerminalProgress.amount(done, total));
    }
}
