package dev.drydock.core.seccomp.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.seccomp.profile.ArchMapping;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallArg;
import dev.drydock.core.seccomp.profile.SyscallRule;
import dev.drydock.core.seccomp.templates.SeccompTemplates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeccompDiffTest {
    private static final List<ArchMapping> X86 = List.of(ArchMapping.of("SCMP_ARCH_X86_64", "SCMP_ARCH_X86"));

    private static SeccompProfile allow(String... names) {
        return SeccompProfile.of("SCMP_ACT_ERRNO", 1L, X86, List.of(SyscallRule.of("SCMP_ACT_ALLOW", List.of(names))));
    }

    @Test
    void aProfileEqualsItself() {
        ProfileDiff diff = SeccompDiff.between(SeccompTemplates.baseline(), SeccompTemplates.baseline());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(ProfileDiffText.render(diff)).isEqualTo("The profiles treat every system call and architecture alike.\n");
    }

    @Test
    void addedAndRemovedAllowedCalls() {
        ProfileDiff diff = SeccompDiff.between(allow("read", "write", "open"), allow("read", "write", "mount"));
        assertThat(diff.addedAllowed()).containsExactly("mount");
        assertThat(diff.removedAllowed()).containsExactly("open");
        assertThat(SeccompDiff.between(allow("read"), allow("write", "read", "close", "mmap")).addedAllowed())
                .as("in name order").containsExactly("close", "mmap", "write");
        assertThat(diff.changedActions()).isEmpty();
        assertThat(ProfileDiffText.render(diff)).isEqualTo("""
                Newly allowed (1):
                  Mounts and root directory:
                    + mount (risky)
                No longer allowed (1):
                  File I/O:
                    - open
                """);
    }

    @Test
    void changedDefaultActionAndErrnoActions() {
        SeccompProfile before = allow("read");
        SeccompProfile after = new SeccompProfile("SCMP_ACT_LOG", null, null, null, null, null, X86, List.of(
                SyscallRule.of("SCMP_ACT_ALLOW", List.of("read")),
                new SyscallRule(List.of("clone3"), null, "SCMP_ACT_ERRNO", 38L, null, null, null, null, Map.of())),
                Map.of());
        ProfileDiff diff = SeccompDiff.between(before, after);
        assertThat(diff.defaultActionBefore()).isEqualTo("SCMP_ACT_ERRNO (errno 1)");
        assertThat(diff.defaultActionAfter()).isEqualTo("SCMP_ACT_LOG");
        assertThat(diff.changedActions()).containsExactly(
                new ActionChange("clone3", "default: SCMP_ACT_ERRNO (errno 1)", "SCMP_ACT_ERRNO (errno 38)"));
        assertThat(ProfileDiffText.render(diff)).startsWith("Default action: SCMP_ACT_ERRNO (errno 1) -> SCMP_ACT_LOG\n")
                .contains("  ~ clone3: default: SCMP_ACT_ERRNO (errno 1) -> SCMP_ACT_ERRNO (errno 38)\n");
    }

    @Test
    void aConditionAddedToAnAllowedCallIsAChange() {
        SeccompProfile after = SeccompProfile.of("SCMP_ACT_ERRNO", 1L, X86, List.of(new SyscallRule(List.of("socket"),
                null, "SCMP_ACT_ALLOW", null, List.of(SyscallArg.of(0, 40, "SCMP_CMP_NE")), null, null, null, Map.of())));
        ProfileDiff diff = SeccompDiff.between(allow("socket"), after);
        assertThat(diff.addedAllowed()).isEmpty();
        assertThat(diff.changedActions()).containsExactly(
                new ActionChange("socket", "SCMP_ACT_ALLOW", "SCMP_ACT_ALLOW (conditional)"));
    }

    @Test
    void architectureChanges() {
        SeccompProfile after = SeccompProfile.of("SCMP_ACT_ERRNO", 1L,
                List.of(ArchMapping.of("SCMP_ARCH_X86_64"), ArchMapping.of("SCMP_ARCH_AARCH64")),
                List.of(SyscallRule.of("SCMP_ACT_ALLOW", List.of("read"))));
        ProfileDiff diff = SeccompDiff.between(allow("read"), after);
        assertThat(diff.addedArchitectures()).containsExactly("SCMP_ARCH_AARCH64");
        assertThat(diff.removedArchitectures()).containsExactly("SCMP_ARCH_X86");
        assertThat(ProfileDiffText.render(diff)).isEqualTo(
                "Architectures added: SCMP_ARCH_AARCH64\nArchitectures removed: SCMP_ARCH_X86\n");
    }

    @Test
    void strictAllowsFarLessThanTheBaselineAndNothingRisky() {
        ProfileDiff diff = SeccompDiff.between(SeccompTemplates.baseline(), SeccompTemplates.strict());
        assertThat(diff.removedAllowed()).contains("mount", "unshare", "ptrace", "bpf", "io_uring_setup").doesNotContain("keyctl");
        assertThat(diff.addedAllowed()).isEmpty();
    }
}
