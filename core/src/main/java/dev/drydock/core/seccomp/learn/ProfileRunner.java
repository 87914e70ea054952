package dev.drydock.core.seccomp.learn;

import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.task.CancellationToken;

/** Runs the workload once under a profile and reads what the kernel logged about it. */
@FunctionalInterface
public interface ProfileRunner {

    ProfileRun run(SeccompProfile profile, CancellationToken cancel);
}
