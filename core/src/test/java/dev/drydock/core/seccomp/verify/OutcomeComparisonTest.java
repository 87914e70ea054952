package dev.drydock.core.seccomp.verify;

import dev.drydock.core.seccomp.learn.WorkloadOutcome;
import dev.drydock.core.seccomp.learn.WorkloadOutcome.ScriptStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeComparisonTest {

    private static WorkloadOutcome run(long exit, String... lines) {
        return new WorkloadOutcome(exit, false, List.of(lines), List.of());
    }

    @Test
    void sameExitAndOutputIsNoDifference() {
        assertThat(OutcomeComparison.differences(run(0, "a", "b"), run(0, "a", "b"))).isEmpty();
    }

    @Test
    void namesTheExitStatusAndTheFirstDifferentLine() {
        assertThat(OutcomeComparison.differences(run(0, "a", "b"), run(1, "a", "sh: write error")))
                .containsExactly("exit status 1 under the profile, 0 without it",
                        "output differs at line 2: \"sh: write error\" under the profile, \"b\" without it");
    }

    @Test
    void namesMissingOutput() {
        assertThat(OutcomeComparison.differences(run(0, "a", "b"), run(0, "a")))
                .containsExactly("output: 1 lines under the profile, 2 without it (first missing: \"b\")");
    }

    @Test
    void comparesScriptStepsOneByOne() {
        WorkloadOutcome reference = new WorkloadOutcome(0, false, List.of(), List.of(new ScriptStep("ls", 0, List.of("x"))));
        WorkloadOutcome enforced = new WorkloadOutcome(0, false, List.of(), List.of(new ScriptStep("ls", 1, List.of())));

        assertThat(OutcomeComparison.differences(reference, enforced)).containsExactly(
                "script command 1 (ls): exit status 1 under the profile, 0 without it",
                "script command 1 (ls) output: 0 lines under the profile, 1 without it (first missing: \"x\")");
    }

    @Test
    void aRunStoppedEarlyIsADifference() {
        WorkloadOutcome reference = new WorkloadOutcome(137, true, List.of(), List.of());
        WorkloadOutcome enforced = new WorkloadOutcome(1, false, List.of(), List.of());

        assertThat(OutcomeComparison.differences(reference, enforced)).singleElement().asString()
                .contains("stopped before the duration ended");
    }
}
