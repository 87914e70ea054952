package dev.drydock.core.seccomp.verify;

import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.seccomp.json.SeccompProfileWriter;
import dev.drydock.core.seccomp.learn.LearnLabel;
import dev.drydock.core.seccomp.learn.LearningProfiles;
import dev.drydock.core.seccomp.learn.LocalHelperImage;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallRule;
import dev.drydock.core.task.CancellationToken;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs the {@link SyscallProbe}s, each in its own container under the profile (no network, small limits, Docker's
 * default capabilities), with the harmless {@link #IDENTITY_CALLS} added so an applet reaches its call. The
 * probes need a busybox binary: the workload's image is used when it has one; else the
 * helper image (a tiny busybox image, given or built here: {@link LocalHelperImage}) runs them under the same profile — what is proven is then that the
 * profile, as the kernel enforces it, blocks the call, which does not depend on the image.
 */
final class SyscallProbes {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
    /**
     * Calls that only read the process's own identity. busybox applets check the user before they try their
     * call (mount gives up with "you must be root" when {@code getuid} fails); a probe container gets these
     * on top of the profile so the applet reaches the call under test. None of them grants anything.
     */
    static final List<String> IDENTITY_CALLS = List.of("getuid", "geteuid", "getgid", "getegid", "getresuid",
            "getresgid", "getgroups");

    private final DockerDaemon daemon;
    private final LearnLabel containers;
    private final List<String> images;
    private boolean triedLocalHelper;

    SyscallProbes(DockerDaemon daemon, LearnLabel containers, String workloadImage, Optional<String> helperImage) {
        this.daemon = daemon;
        this.containers = containers;
        List<String> candidates = new ArrayList<>(List.of(workloadImage));
        helperImage.filter(h -> !h.equals(workloadImage)).ifPresent(candidates::add);
        this.images = candidates;
    }

    List<ProbeResult> run(SeccompProfile profile, CancellationToken cancel) {
        List<ProbeResult> results = new ArrayList<>();
        for (SyscallProbe probe : SyscallProbe.values()) {
            cancel.throwIfCancelled();
            results.add(run(probe, profile));
        }
        return results;
    }

    private ProbeResult run(SyscallProbe probe, SeccompProfile profile) {
        boolean allowed = probe.syscalls().stream().anyMatch(name -> allows(profile, name));
        for (String image : images) {
            Optional<ProbeResult> result = attempt(probe, profile, image, allowed);
            if (result.isPresent()) {
                return result.get();
            }
        }
        if (!triedLocalHelper) {
            triedLocalHelper = true;
            Optional<String> local = LocalHelperImage.ensure(daemon);
            if (local.isPresent() && !images.contains(local.get())) {
                images.add(local.get());
                return run(probe, profile);
            }
        }
        return new ProbeResult(probe, ProbeResult.Verdict.SKIPPED, "", -1,
                List.of("no busybox in " + String.join(" or ", images) + " to run the probe with"));
    }

    /** The probe's result in {@code image}, or empty when busybox cannot be started there. */
    private Optional<ProbeResult> attempt(SyscallProbe probe, SeccompProfile profile, String image, boolean allowed) {
        ContainerSpec spec = ContainerSpec.builder(image).entrypoint(List.of("busybox")).cmd(probe.busyboxArgs())
                .networkMode("none").memoryBytes(64L * 1024 * 1024).pidsLimit(16)
                .securityOpt(List.of("seccomp=" + SeccompProfileWriter.write(withIdentityCalls(profile)))).build();
        String id = containers.create(spec);
        try {
            daemon.startContainer(id);
            OptionalLong exit = daemon.waitForExit(id, PROBE_TIMEOUT);
            if (exit.isEmpty()) {
                daemon.killContainer(id);
            }
            List<String> output = daemon.containerLog(id);
            long code = exit.orElse(-1);
            if (output.stream().anyMatch(l -> l.contains("applet not found"))) {
                return Optional.empty();
            }
            return Optional.of(new ProbeResult(probe, verdict(allowed, code, output), image, code, output));
        } catch (DaemonAccessException cannotStart) {
            if (cannotStart.connectionLost()) {
                throw cannotStart;
            }
            return Optional.empty();
        } finally {
            containers.remove(id);
        }
    }

    /**
     * DENIED: it failed with EPERM. NOT_DENIED: it succeeded, or failed with an error only the kernel's handling
     * of the call itself gives (not supported, no such file, invalid argument, busy). Anything else is
     * INCONCLUSIVE: it failed before it reached the call (busybox mount, for one, gives up with "you must be
     * root" when {@code getuid} is denied).
     */
    static ProbeResult.Verdict verdict(boolean allowed, long exitCode, List<String> output) {
        if (allowed) {
            return ProbeResult.Verdict.ALLOWED_BY_PROFILE;
        }
        List<String> lower = output.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        boolean eperm = lower.stream().anyMatch(l -> l.contains("operation not permitted") || l.contains("permission denied"));
        if (exitCode != 0 && eperm) {
            return ProbeResult.Verdict.DENIED;
        }
        boolean reached = lower.stream().anyMatch(l -> l.contains("not support") || l.contains("no such")
                || l.contains("invalid argument") || l.contains("busy") || l.contains("not implemented"));
        return exitCode == 0 || reached ? ProbeResult.Verdict.NOT_DENIED : ProbeResult.Verdict.INCONCLUSIVE;
    }

    /** The profile with the {@link #IDENTITY_CALLS} it does not allow added as one more allow rule. */
    static SeccompProfile withIdentityCalls(SeccompProfile profile) {
        List<String> missing = IDENTITY_CALLS.stream().filter(name -> !allows(profile, name)).toList();
        if (missing.isEmpty()) {
            return profile;
        }
        List<SyscallRule> rules = new ArrayList<>(profile.rules());
        rules.add(SyscallRule.of(LearningProfiles.ALLOW, missing));
        return profile.withSyscalls(rules);
    }

    /** True when an allow rule of the profile names the call (with or without conditions). */
    static boolean allows(SeccompProfile profile, String name) {
        return profile.rules().stream().filter(rule -> LearningProfiles.ALLOW.equals(rule.action()))
                .map(SyscallRule::allNames).anyMatch(names -> names.contains(name));
    }
}
