package dev.drydock.app.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** The headless face of Drydock: parses a command line, runs it, and answers with an exit code. */
public final class DrydockCli {

    private DrydockCli() {
    }

    /** Runs {@code args} printing to this process's stdout and stderr. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs {@code args} printing to the given writers; see {@link ExitCodes} for the result. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CliErrors errors = new CliErrors();
        CommandLine cli = new CommandLine(new DrydockCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
        return cli.execute(args);
    }
}
