package dev.drydock.app.cli;

import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

/** The headless face of Drydock: parses a command line, runs it, and answers with an exit code. */
public final class DrydockCli {

    private DrydockCli() {
    }

    /** Runs {@code args} as this process's command line, printing to its stdout and stderr. */
    public static int run(String... args) {
        ListPrefetch prefetch = ListPrefetch.startFor(args); // first: the daemon works while picocli parses
        CliWarmup.startFor(args);
        // One buffer for the whole answer: a thousand-row table is one write, not a thousand.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err), true);
        try {
            return run(prefetch, out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs {@code args} printing to the given writers; see {@link ExitCodes} for the result. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(CliEnvironment.system(), ListPrefetch.NONE, out, err, args);
    }

    /** Runs {@code args} with the given standard input, environment and working folder. */
    static int run(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        return run(environment, ListPrefetch.NONE, out, err, args);
    }

    static int run(ListPrefetch prefetch, PrintWriter out, PrintWriter err, String... args) {
        return run(CliEnvironment.system(), prefetch, out, err, args);
    }

    private static int run(CliEnvironment environment, ListPrefetch prefetch, PrintWriter out, PrintWriter err,
                           String... args) {
        CliErrors errors = new CliErrors();
        DrydockCommand command = new DrydockCommand(prefetch);
        command.environment = environment;
        CommandLine cli = new CommandLine(command)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
        return cli.execute(args);
    }
}
