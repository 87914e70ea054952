package dev.drydock.core.seccomp.verify;

import dev.drydock.core.seccomp.learn.WorkloadOutcome;

import java.util.ArrayList;
import java.util.List;

/** How the run under the enforcing profile differs from the reference run, in sentences for people. */
public final class OutcomeComparison {

    private OutcomeComparison() {
    }

    /** Empty when both runs ended the same way and printed the same lines. */
    public static List<String> differences(WorkloadOutcome reference, WorkloadOutcome enforced) {
        List<String> found = new ArrayList<>();
        if (reference.timedOut() != enforced.timedOut()) {
            found.add(reference.timedOut() ? "it stopped before the duration ended under the profile, but ran until"
                    + " the end without it" : "it still ran at the end of the duration under the profile, but"
                    + " ended by itself without it");
        } else if (reference.exitCode() != enforced.exitCode()) {
            found.add("exit status " + enforced.exitCode() + " under the profile, " + reference.exitCode()
                    + " without it");
        }
        output("output", reference.output(), enforced.output()).ifPresent(found::add);
        int steps = Math.max(reference.steps().size(), enforced.steps().size());
        for (int i = 0; i < steps; i++) {
            if (i >= reference.steps().size() || i >= enforced.steps().size()) {
                found.add("the script ran " + enforced.steps().size() + " commands under the profile, "
                        + reference.steps().size() + " without it");
                break;
            }
            WorkloadOutcome.ScriptStep ref = reference.steps().get(i);
            WorkloadOutcome.ScriptStep got = enforced.steps().get(i);
            String name = "script command " + (i + 1) + " (" + ref.command() + ")";
            if (ref.exitCode() != got.exitCode()) {
                found.add(name + ": exit status " + got.exitCode() + " under the profile, " + ref.exitCode()
                        + " without it");
            }
            output(name + " output", ref.output(), got.output()).ifPresent(found::add);
        }
        return found;
    }

    private static java.util.Optional<String> output(String what, List<String> reference, List<String> enforced) {
        int common = Math.min(reference.size(), enforced.size());
        for (int line = 0; line < common; line++) {
            if (!reference.get(line).equals(enforced.get(line))) {
                return java.util.Optional.of(what + " differs at line " + (line + 1) + ": \"" + enforced.get(line)
                        + "\" under the profile, \"" + reference.get(line) + "\" without it");
            }
        }
        if (reference.size() != enforced.size()) {
            return java.util.Optional.of(what + ": " + enforced.size() + " lines under the profile, "
                    + reference.size() + " without it" + (reference.size() > common
                    ? " (first missing: \"" + reference.get(common) + "\")"
                    : " (first extra: \"" + enforced.get(common) + "\")"));
        }
        return java.util.Optional.empty();
    }
}
