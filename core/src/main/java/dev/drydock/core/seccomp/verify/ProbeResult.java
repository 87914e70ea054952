package dev.drydock.core.seccomp.verify;

import java.util.List;

/**
 * What one probe showed.
 *
 * @param probe    the probe
 * @param verdict  see {@link Verdict}
 * @param image    the image the probe ran in (the workload's, or the helper image when that has no busybox);
 *                 empty when it could not run
 * @param exitCode the probe's exit status, -1 when it did not run
 * @param output   what it printed
 */
public record ProbeResult(SyscallProbe probe, Verdict verdict, String image, long exitCode, List<String> output) {

    public ProbeResult {
        output = List.copyOf(output);
    }

    public enum Verdict {
        /** The call failed with EPERM: the profile blocks it. */
        DENIED,
        /** The profile allows the call: the workload was seen making it. Not a failure, but worth a look. */
        ALLOWED_BY_PROFILE,
        /** The probe did not fail with EPERM although the profile does not allow the call: verification fails. */
        NOT_DENIED,
        /** The probe failed before it reached the call, or without saying why: it proves nothing either way. */
        INCONCLUSIVE,
        /** No busybox to run the probe with. */
        SKIPPED
    }

    /** True when this probe makes the verification fail. */
    public boolean failed() {
        return verdict == Verdict.NOT_DENIED;
    }
}
