package dev.drydock.app.cli;

import dev.drydock.core.audit.harden.HardenedRecreate;
import dev.drydock.core.audit.harden.HardenedRunConfig;
import dev.drydock.core.audit.harden.RecreateOutcome;
import dev.drydock.core.audit.harden.RecreatePlan;
import dev.drydock.core.audit.harden.RecreateReport;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.task.ProgressListener;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code drydock harden CONTAINER --recreate}: prints the plan, asks on a terminal (or takes {@code --yes}),
 * creates and watches the hardened container, prints the report. Exit code: {@link ExitCodes#OK} when it is
 * healthy or kept running (or the user said no), {@link ExitCodes#FINDINGS} when it exited or is unhealthy,
 * {@link ExitCodes#ERROR} when the daemon refused to create or start it, {@link ExitCodes#CANCELLED} on Ctrl+C.
 */
final class HardenRecreation {

    private final DockerDaemon daemon;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CliEnvironment environment;

    HardenRecreation(DockerDaemon daemon, PrintWriter out, PrintWriter err, CliEnvironment environment) {
        this.daemon = daemon;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    int run(HardenedRunConfig config, Duration watch, boolean confirmed) {
        HardenedRecreate recreate = new HardenedRecreate(daemon);
        RecreatePlan plan = recreate.plan(config, watch);
        out.print(plan.describe());
        out.flush();
        if (!confirmed && !askYes("Create and start " + plan.newName() + "? [y/N] ")) {
            out.println("Nothing was created.");
            out.flush();
            return ExitCodes.OK;
        }
        RecreateReport report;
        try (CancelOnInterrupt ctrlC = CancelOnInterrupt.install()) {
            report = recreate.recreate(plan, ctrlC.token(), progress());
            out.print(report.describe());
            out.flush();
        }
        return exitCode(report.outcome());
    }

    static int exitCode(RecreateOutcome outcome) {
        return switch (outcome) {
            case HEALTHY, RUNNING -> ExitCodes.OK;
            case UNHEALTHY, EXITED -> ExitCodes.FINDINGS;
            case FAILED_TO_START -> ExitCodes.ERROR;
            case CANCELLED -> ExitCodes.CANCELLED;
        };
    }

    /** Asks on the terminal; anything but y or yes (or no answer at all) is a no. */
    private boolean askYes(String question) {
        err.print(question);
        err.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8))
                    .readLine();
            String word = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
            return word.equals("y") || word.equals("yes");
        } catch (IOException e) {
            return false;
        }
    }

    /** One line on stderr per step (the watch's countdown only on a terminal). */
    private ProgressListener progress() {
        return new ProgressListener() {
            private String lastStep = "";

            @Override
            public void progress(String message, long done, long total) {
                String step = message.startsWith("Watching") ? "Watching" : message;
                if (!step.equals(lastStep)) {
                    lastStep = step;
                    err.println("drydock: " + (step.equals("Watching") ? message.replaceFirst(" \\(.*", "") + " …"
                            : message));
                    err.flush();
                }
            }
        };
    }
}
