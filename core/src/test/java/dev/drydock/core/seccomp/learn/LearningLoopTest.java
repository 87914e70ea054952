package dev.drydock.core.seccomp.learn;

import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.syscalls.SyscallTable;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The learning loop against a fake kernel log that behaves like the rate-limited one: of the calls a run makes
 * that its profile does not allow, only the first {@code burst} records get through.
 */
class LearningLoopTest {

    private static final List<String> WORKLOAD = List.of("execve", "brk", "brk", "brk", "openat", "read", "read",
            "write", "close", "nanosleep", "socket", "bind", "listen", "accept", "exit_group");

    /** Runs {@link #WORKLOAD} (its calls in order) and logs at most {@code burst} calls the profile does not allow. */
    private static final class RateLimitedLog implements ProfileRunner {
        final int burst;
        final List<Set<String>> allowedPerRun = new ArrayList<>();
        final List<String> extraNumbers = new ArrayList<>();
        /** The runs (1-based) whose records all go to another process's use of the budget: none get through. */
        final Set<Integer> quietRuns = new HashSet<>();

        RateLimitedLog(int burst) {
            this.burst = burst;
        }

        @Override
        public ProfileRun run(SeccompProfile profile, CancellationToken cancel) {
            Set<String> allowed = new HashSet<>();
            profile.rules().forEach(rule -> allowed.addAll(rule.allNames()));
            allowedPerRun.add(allowed);
            List<KernelAuditRecord> records = new ArrayList<>();
            int budget = quietRuns.contains(allowedPerRun.size()) ? 0 : burst;
            for (String call : WORKLOAD) {
                if (!allowed.contains(call) && records.size() < budget) {
                    records.add(record(SyscallTable.x86_64().number(call).orElseThrow()));
                }
            }
            extraNumbers.forEach(nr -> records.add(record(Integer.parseInt(nr))));
            return new ProfileRun(new WorkloadOutcome(0, false, List.of("ok"), List.of()), records);
        }

        private static KernelAuditRecord record(int number) {
            return new KernelAuditRecord(Instant.EPOCH, 1, 42, "app", "c000003e", number,
                    KernelAuditRecord.SECCOMP_RET_LOG);
        }
    }

    private static final LearningLoop.Pause NO_WAIT = (duration, cancel) -> { };

    private static LearningLoop.Result learn(ProfileRunner runner, int maxRuns, List<String> initial) {
        return new LearningLoop(runner, maxRuns, Duration.ZERO, NO_WAIT)
                .learn(names -> LearningProfiles.logging(names, List.of("SCMP_ARCH_X86_64")), initial,
                        ProgressListener.none(), CancellationToken.none());
    }

    @Test
    void allowsWhatEachRunShowedUntilARunShowsNothingNew() {
        RateLimitedLog log = new RateLimitedLog(3);

        LearningLoop.Result result = learn(log, 12, List.of());

        assertThat(result.converged()).isTrue();
        assertThat(result.allowed()).containsExactlyInAnyOrderElementsOf(new HashSet<>(WORKLOAD));
        assertThat(result.runs().get(0).newSyscalls()).containsExactly("brk", "execve");
        assertThat(result.runs().get(1).newSyscalls()).containsExactly("openat", "read");
        assertThat(result.runs().get(result.runs().size() - 1).nothingNew()).isTrue();
        assertThat(log.allowedPerRun.get(1)).containsExactlyInAnyOrder("brk", "execve");
    }

    @Test
    void startsFromTheInitialNamesSoTheirRecordsDoNotUseTheBudget() {
        LearningLoop.Result seeded = learn(new RateLimitedLog(3), 12, List.of("execve", "brk", "exit_group"));
        LearningLoop.Result plain = learn(new RateLimitedLog(3), 12, List.of());

        assertThat(seeded.runs().get(0).newSyscalls()).containsExactly("openat", "read");
        assertThat(seeded.runs()).hasSizeLessThan(plain.runs().size());
    }

    @Test
    void saysWhenTheRunLimitCameFirst() {
        LearningLoop.Result result = learn(new RateLimitedLog(1), 3, List.of());

        assertThat(result.converged()).isFalse();
        assertThat(result.runs()).hasSize(3);
        assertThat(result.allowed()).containsExactly("brk", "execve", "openat");
    }

    @Test
    void numbersWithoutANameAreReportedOnceAndDoNotPreventConvergence() {
        RateLimitedLog log = new RateLimitedLog(100);
        log.extraNumbers.add("999");

        LearningLoop.Result result = learn(log, 12, List.of());

        assertThat(result.converged()).isTrue();
        assertThat(result.runs()).hasSize(3);
        assertThat(result.runs().get(0).unknownCalls()).containsExactly("arch=c000003e syscall=999");
        assertThat(result.unknown()).containsExactly("arch=c000003e syscall=999");
    }

    @Test
    void aFirstRunThatLoggedNothingIsAStarvedLogAndRunsAgain() {
        RateLimitedLog log = new RateLimitedLog(4);
        List<Duration> pauses = new ArrayList<>();
        ProfileRunner starvedOnce = new ProfileRunner() {
            boolean first = true;

            @Override
            public ProfileRun run(SeccompProfile profile, CancellationToken cancel) {
                ProfileRun real = log.run(profile, cancel);
                if (first) {
                    first = false;
                    return new ProfileRun(real.outcome(), List.of());
                }
                return real;
            }
        };

        LearningLoop.Result result = new LearningLoop(starvedOnce, 12, Duration.ofSeconds(5), (d, c) -> pauses.add(d))
                .learn(names -> LearningProfiles.logging(names, List.of("SCMP_ARCH_X86_64")), List.of(),
                        ProgressListener.none(), CancellationToken.none());

        assertThat(result.converged()).isTrue();
        assertThat(result.runs().get(0).nothingNew()).isTrue();
        assertThat(result.runs().size()).isGreaterThan(2);
        assertThat(result.allowed()).containsAll(new HashSet<>(WORKLOAD));
        assertThat(pauses).isNotEmpty();
    }

    @Test
    void waitsOutTheRateLimitOnlyAfterARunThatLoggedSomething() {
        List<Duration> pauses = new ArrayList<>();
        new LearningLoop(new RateLimitedLog(5), 12, Duration.ofSeconds(5), (d, c) -> pauses.add(d))
                .learn(names -> LearningProfiles.logging(names, List.of()), List.of(), ProgressListener.none(),
                        CancellationToken.none());

        // three runs that logged, then one quiet run confirmed by another after the interval
        assertThat(pauses).hasSize(4).containsOnly(Duration.ofSeconds(5));
    }

    @Test
    void aQuietRunIsConfirmedByAnotherBeforeLearningStops() {
        RateLimitedLog log = new RateLimitedLog(2);
        log.quietRuns.add(2);

        LearningLoop.Result result = learn(log, 12, List.of());

        assertThat(result.runs().get(1).nothingNew()).as("run 2: the budget was used up elsewhere").isTrue();
        assertThat(result.runs().get(2).nothingNew()).as("run 3 still sees calls").isFalse();
        assertThat(result.converged()).isTrue();
        assertThat(result.allowed()).containsExactlyInAnyOrderElementsOf(new HashSet<>(WORKLOAD));
        assertThat(result.runs().get(result.runs().size() - 1).nothingNew()).isTrue();
        assertThat(result.runs().get(result.runs().size() - 2).nothingNew()).isTrue();
    }

    @Test
    void aCancelledTokenStopsBeforeTheNextRun() {
        CancellationToken cancel = CancellationToken.create();
        RateLimitedLog log = new RateLimitedLog(1);
        LearningLoop loop = new LearningLoop(log, 12, Duration.ZERO, (d, c) -> cancel.cancel());

        assertThatThrownBy(() -> loop.learn(names -> LearningProfiles.logging(names, List.of()), List.of(),
                ProgressListener.none(), cancel)).isInstanceOf(CancelledException.class);
        assertThat(log.allowedPerRun).hasSize(1);
    }

    @Test
    void theLearnedProfileDeniesEverythingElseWithEperm() {
        SeccompProfile profile = LearningProfiles.enforcing(List.of("write", "read", "execve"),
                List.of("SCMP_ARCH_X86_64"));

        assertThat(profile.defaultAction()).isEqualTo("SCMP_ACT_ERRNO");
        assertThat(profile.defaultErrnoRet()).isEqualTo(1L);
        assertThat(profile.rules()).singleElement().satisfies(rule ->
                assertThat(rule.names()).containsExactly("execve", "read", "write"));
    }
}
