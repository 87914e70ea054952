package dev.drydock.core.audit.harden;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What "recreate hardened" did and how the new container fared (see {@link HardenedRecreate#recreate}).
 *
 * @param plan           what was planned
 * @param containerId    the new container's id; empty when none was created
 * @param outcome        how it fared
 * @param exitCode       its exit code when it {@link RecreateOutcome#EXITED}, else 0
 * @param restarts       how often its restart policy restarted it during the watch
 * @param daemonMessage  the daemon's refusal for {@link RecreateOutcome#FAILED_TO_START}, or the state's error
 *                       text; else empty
 * @param watched        how long it was watched
 * @param logTail        the last lines it logged (stdout and stderr), oldest first
 * @param removed        true when the container Drydock created was removed again (failure to start, cancel)
 * @param notes          what happened besides, in plain words (the original untouched, what was removed …)
 */
public record RecreateReport(RecreatePlan plan, String containerId, RecreateOutcome outcome, int exitCode,
                             int restarts, String daemonMessage, Duration watched, List<String> logTail,
                             boolean removed, List<String> notes) {

    public RecreateReport {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(outcome, "outcome");
        containerId = containerId == null ? "" : containerId;
        daemonMessage = daemonMessage == null ? "" : daemonMessage;
        logTail = List.copyOf(logTail);
        notes = List.copyOf(notes);
    }

    /** True when the new container is healthy or kept running. */
    public boolean ok() {
        return outcome.ok();
    }

    /** One sentence on the outcome, e.g. {@code web-hardened exited with code 1 within 10 s.} */
    public String headline() {
        String name = plan.newName();
        long seconds = watched.toSeconds();
        return switch (outcome) {
            case HEALTHY -> name + " is healthy after " + seconds + " s.";
            case RUNNING -> name + " kept running for " + seconds + " s.";
            case UNHEALTHY -> name + " is unhealthy (its health check failed) after " + seconds + " s.";
            case EXITED -> name + (restarts > 0 ? " was restarted " + restarts + " time(s) and" : "")
                    + " exited with code " + exitCode + " within " + seconds + " s.";
            case FAILED_TO_START -> name + " could not be started: " + daemonMessage;
            case CANCELLED -> "Cancelled; " + (containerId.isEmpty() ? "nothing was created." : name + " was removed.");
        };
    }

    /** The report as text: headline, notes, then the log tail. */
    public String describe() {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder("Result: ").append(outcome.label()).append(" — ").append(headline())
                .append(nl);
        notes.forEach(note -> text.append("  ").append(note).append(nl));
        if (!logTail.isEmpty()) {
            text.append("Last log lines of ").append(plan.newName()).append(':').append(nl);
            logTail.forEach(line -> text.append("  | ").append(line).append(nl));
        }
        return text.toString();
    }
}
