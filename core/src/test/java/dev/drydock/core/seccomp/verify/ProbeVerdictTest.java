package dev.drydock.core.seccomp.verify;

import dev.drydock.core.seccomp.learn.LearningProfiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a probe's exit status and output (busybox's real messages) become a verdict. */
class ProbeVerdictTest {

    @Test
    void epermMessagesAreDenials() {
        assertThat(SyscallProbes.verdict(false, 1, List.of("unshare: unshare(0x10000000): Operation not permitted")))
                .isEqualTo(ProbeResult.Verdict.DENIED);
        assertThat(SyscallProbes.verdict(false, 1, List.of("mount: permission denied (are you root?)")))
                .isEqualTo(ProbeResult.Verdict.DENIED);
    }

    @Test
    void anotherFailureOrSuccessIsNotADenial() {
        assertThat(SyscallProbes.verdict(false, 38,
                List.of("insmod: can't insert '/proc/self/exe': kernel does not support requested operation")))
                .isEqualTo(ProbeResult.Verdict.NOT_DENIED);
        assertThat(SyscallProbes.verdict(false, 0, List.of())).isEqualTo(ProbeResult.Verdict.NOT_DENIED);
    }

    @Test
    void aFailureBeforeTheCallProvesNothing() {
        assertThat(SyscallProbes.verdict(false, 1, List.of())).isEqualTo(ProbeResult.Verdict.INCONCLUSIVE);
        assertThat(SyscallProbes.verdict(false, 1, List.of("mount: you must be root")))
                .isEqualTo(ProbeResult.Verdict.INCONCLUSIVE);
    }

    @Test
    void aCallTheProfileAllowsWasNeededByTheWorkload() {
        var profile = LearningProfiles.enforcing(List.of("chroot", "execve"), List.of("SCMP_ARCH_X86_64"));

        assertThat(SyscallProbes.allows(profile, "chroot")).isTrue();
        assertThat(SyscallProbes.allows(profile, "mount")).isFalse();
        assertThat(SyscallProbes.verdict(true, 0, List.of())).isEqualTo(ProbeResult.Verdict.ALLOWED_BY_PROFILE);
    }

    @Test
    void probeContainersGetOnlyTheIdentityCallsTheProfileLacks() {
        dev.drydock.core.seccomp.profile.SeccompProfile profile = dev.drydock.core.seccomp.learn.LearningProfiles
                .enforcing(List.of("read", "write", "getuid"), List.of("SCMP_ARCH_X86_64"));

        dev.drydock.core.seccomp.profile.SeccompProfile probing = SyscallProbes.withIdentityCalls(profile);

        assertThat(probing.rules()).hasSize(profile.rules().size() + 1);
        assertThat(probing.rules().get(probing.rules().size() - 1).allNames())
                .containsExactly("geteuid", "getgid", "getegid", "getresuid", "getresgid", "getgroups");
        assertThat(SyscallProbes.allows(probing, "mount")).isFalse();
        assertThat(SyscallProbes.withIdentityCalls(probing)).isEqualTo(probing);
    }
}
