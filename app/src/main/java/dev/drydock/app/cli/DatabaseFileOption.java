package dev.drydock.app.cli;

import picocli.CommandLine.Option;

/**
 * {@code --db FILE}: the vulnerability database to use instead of the one in the user's data folder.
 * It may stand before the command ({@code drydock --db x.db db status}), after {@code db}, or after the
 * sub-command; {@link DrydockCommand#databaseFile} takes the one nearest the sub-command.
 */
final class DatabaseFileOption {

    @Option(names = "--db", paramLabel = "FILE")
    String path;
}
