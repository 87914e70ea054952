package dev.drydock.core.seccomp.learn;

import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Allow what was seen, log the rest, run again — until a run shows no new system call or the run limit is
 * reached. The kernel rate-limits its log (by default 10 lines per 5 seconds, {@code kernel.printk_ratelimit}
 * and {@code printk_ratelimit_burst}), so one run shows only some of the calls a workload makes; every call
 * allowed no longer uses up the budget, so each run shows calls the previous ones could not. After a run
 * that logged anything the loop waits out the rate-limit interval, so the next run's records are not
 * suppressed for the previous one's sake (a run that shows nothing must really have made no logged call).
 * A first run that logged nothing at all does not count as converged: the log was starved (by other containers'
 * records within the same rate-limit interval), so the loop waits the interval out and runs again.
 */
public final class LearningLoop {

    public static final int DEFAULT_MAX_RUNS = 12;
    /** The kernel's default {@code printk_ratelimit}: the interval of its log rate limit. */
    public static final Duration KERNEL_RATE_LIMIT_INTERVAL = Duration.ofSeconds(5);

    /** How the loop waits; tests pass one that does not. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration, CancellationToken cancel);
    }

    /**
     * What the loop found.
     *
     * @param allowed   the initial names plus every call seen, in name order
     * @param runs      every run, first first
     * @param converged true when the last run showed nothing new
     * @param unknown   calls seen whose number has no name here
     */
    public record Result(SortedSet<String> allowed, List<LearningRun> runs, boolean converged, List<String> unknown) {
        public Result {
            allowed = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(allowed));
            runs = List.copyOf(runs);
            unknown = List.copyOf(unknown);
        }
    }

    private final ProfileRunner runner;
    private final int maxRuns;
    private final Duration rateLimitInterval;
    private final Pause pause;

    public LearningLoop(ProfileRunner runner, int maxRuns, Duration rateLimitInterval, Pause pause) {
        if (maxRuns < 1) {
            throw new IllegalArgumentException("learning needs at least one run, not " + maxRuns);
        }
        this.runner = runner;
        this.maxRuns = maxRuns;
        this.rateLimitInterval = rateLimitInterval;
        this.pause = pause;
    }

    /** A loop that waits the kernel's default rate-limit interval between runs. */
    public LearningLoop(ProfileRunner runner, int maxRuns) {
        this(runner, maxRuns, KERNEL_RATE_LIMIT_INTERVAL, LearningLoop::sleep);
    }

    /**
     * Runs the workload under {@code profileFor(allowed so far)}, starting from {@code initial}, until a run
     * shows nothing new or the limit is reached.
     */
    public Result learn(Function<Set<String>, SeccompProfile> profileFor, Collection<String> initial,
            ProgressListener progress, CancellationToken cancel) {
        SortedSet<String> allowed = new TreeSet<>(initial);
        Set<String> unknown = new LinkedHashSet<>();
        List<LearningRun> runs = new ArrayList<>();
        for (int number = 1; number <= maxRuns; number++) {
            cancel.throwIfCancelled();
            progress.progress("Run " + number + " (at most " + maxRuns + "): " + allowed.size()
                    + " system calls allowed so far", number - 1, maxRuns);
            ProfileRun run = runner.run(profileFor.apply(java.util.Collections.unmodifiableSortedSet(allowed)), cancel);
            SortedSet<String> fresh = new TreeSet<>();
            List<String> freshUnknown = new ArrayList<>();
            for (KernelAuditRecord record : run.records()) {
                if (!record.logged()) {
                    continue;
                }
                record.syscallName().ifPresentOrElse(name -> {
                    if (!allowed.contains(name)) {
                        fresh.add(name);
                    }
                }, () -> {
                    if (unknown.add(record.describeNumber())) {
                        freshUnknown.add(record.describeNumber());
                    }
                });
            }
            LearningRun learned = new LearningRun(number, List.copyOf(fresh), freshUnknown, run.records().size(),
                    run.outcome());
            runs.add(learned);
            allowed.addAll(fresh);
            if (learned.nothingNew() && number == 1 && run.records().isEmpty() && maxRuns > 1) {
                // Under only the runtime's calls a workload always logs something; a first run that logged
                // nothing saw a starved kernel log (its rate limit used up by other containers): try again.
                pause.pause(rateLimitInterval, cancel);
                continue;
            }
            if (learned.nothingNew()) {
                progress.progress("Run " + number + " showed no new system call", maxRuns, maxRuns);
                return new Result(allowed, runs, true, List.copyOf(unknown));
            }
            if (number < maxRuns && !run.records().isEmpty()) {
                pause.pause(rateLimitInterval, cancel);
            }
        }
        return new Result(allowed, runs, false, List.copyOf(unknown));
    }

    /** Sleeps in short steps so that a cancel is noticed within a fraction of a second. */
    static void sleep(Duration duration, CancellationToken cancel) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            cancel.throwIfCancelled();
            try {
                Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }
}
