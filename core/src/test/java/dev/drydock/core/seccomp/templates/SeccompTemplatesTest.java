package dev.drydock.core.seccomp.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallRule;
import dev.drydock.core.seccomp.syscalls.SyscallGroups;
import dev.drydock.core.seccomp.validation.SeccompProblem;
import dev.drydock.core.seccomp.validation.SeccompValidation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeccompTemplatesTest {

    @Test
    void baselineValidatesClean() {
        List<SeccompProblem> problems = SeccompValidation.validate(SeccompTemplates.baseline());
        assertThat(SeccompValidation.isClean(problems)).as(problems.toString()).isTrue();
    }

    @Test
    void strictValidatesWithoutAnyProblem() {
        assertThat(SeccompValidation.validate(SeccompTemplates.strict())).isEmpty();
    }

    @Test
    void baselineAllowsRiskyCallsOnlyUnderConditions() {
        SeccompProfile baseline = SeccompTemplates.baseline();
        assertThat(baseline.defaultAction()).isEqualTo("SCMP_ACT_ERRNO");
        List<String> unconditional = baseline.rules().stream().filter(r -> !r.isConditional())
                .filter(r -> r.action().equals("SCMP_ACT_ALLOW")).flatMap(r -> r.allNames().stream()).toList();
        assertThat(unconditional).hasSizeGreaterThan(300).contains("read", "openat", "execve")
                .doesNotContain("mount", "unshare", "setns", "ptrace", "keyctl", "bpf", "init_module", "clone");
        SyscallRule mount = baseline.rules().stream().filter(r -> r.allNames().contains("mount")).findFirst().orElseThrow();
        assertThat(mount.includes().caps()).containsExactly("CAP_SYS_ADMIN");
    }

    @Test
    void strictAllowsNoRiskyCallAndExplainsEveryRule() {
        SeccompProfile strict = SeccompTemplates.strict();
        assertThat(strict.rules()).allSatisfy(rule -> assertThat(rule.comment()).isNotBlank());
        assertThat(strict.rules().stream().filter(r -> r.action().equals("SCMP_ACT_ALLOW"))
                .flatMap(r -> r.allNames().stream())).noneMatch(SyscallGroups::isRisky).contains("execve", "read");
        assertThat(strict.allArchitectures()).containsExactly("SCMP_ARCH_X86_64", "SCMP_ARCH_AARCH64");
    }
}
