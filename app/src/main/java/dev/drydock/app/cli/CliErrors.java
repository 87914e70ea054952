package dev.drydock.app.cli;

import dev.drydock.core.config.ConfigException;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.seccomp.learn.LearningException;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * Turns failures into what a user of a command line expects: one or two lines on stderr saying
 * what went wrong and what to do, exit code {@link ExitCodes#ERROR}, and a stack trace only with
 * {@code --debug}.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("drydock: " + ex.getMessage());
        err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof DaemonAccessException problem) {
            explain(err, problem.getMessage(), problem.advice());
            if (isAboutTheConnection(problem)) {
                drydock(cmd).map(d -> d.resolved).ifPresent(endpoint -> err.println(
                        "Endpoint: " + endpoint.describe() + ". Choose another with --host or --context."));
            }
        } else if (ex instanceof EndpointException problem) {
            explain(err, problem.getMessage(), problem.advice());
        } else if (ex instanceof CliProblem problem) {
            explain(err, problem.getMessage(), problem.advice());
        } else if (ex instanceof ImageArchiveException problem) {
            explain(err, problem.getMessage(), problem.advice());
        } else if (ex instanceof VulnerabilityDatabaseException problem) {
            explain(err, problem.getMessage(), databaseAdvice(problem));
        } else if (ex instanceof LearningException problem) {
            explain(err, problem.getMessage(), problem.advice());
        } else if (ex instanceof ConfigException problem) {
            explain(err, problem.getMessage(), "");
        } else {
            explain(err, "unexpected error: " + ex, "Please report this; run again with --debug for the details.");
        }
        if (debugWanted(cmd)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    private static void explain(PrintWriter err, String message, String advice) {
        err.println("drydock: " + message);
        if (!advice.isEmpty()) {
            err.println(advice);
        }
    }

    /** The core's advice, with the commands that get the user out of the problem where it names none. */
    static String databaseAdvice(VulnerabilityDatabaseException problem) {
        String rebuild = "To rebuild it, run 'drydock db update' (downloads the advisories) or 'drydock db import PATH'"
                + " (OSV files on disk); either replaces the file.";
        return switch (problem.problem()) {
            case CORRUPT -> rebuild;
            case NEWER_SCHEMA -> problem.advice() + System.lineSeparator() + rebuild;
            case TIMEOUT -> problem.advice() + System.lineSeparator()
                    + "On a slow connection, allow more time with 'drydock db update --timeout SECONDS'.";
            default -> problem.advice();
        };
    }

    /** Problems with reaching the daemon, as opposed to a refusal about one object. */
    private static boolean isAboutTheConnection(DaemonAccessException problem) {
        return problem.problem() != DaemonAccessException.Problem.NOT_FOUND
                && problem.problem() != DaemonAccessException.Problem.CONFLICT;
    }

    private static boolean debugWanted(CommandLine cmd) {
        return drydock(cmd).map(d -> d.debug).orElse(false);
    }

    private static Optional<DrydockCommand> drydock(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof DrydockCommand drydock ? Optional.of(drydock) : Optional.empty();
    }
}
