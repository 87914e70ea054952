package dev.drydock.core.seccomp.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.findings.Severity;
import dev.drydock.core.seccomp.json.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One case per message: a profile with one mistake gives that problem, at that place. */
class SeccompValidationTest {
    private static final String ARCH = "\"archMap\": [{\"architecture\": \"SCMP_ARCH_X86_64\", \"subArchitectures\": null}]";

    private static List<SeccompProblem> rules(String rules) {
        return SeccompValidation.validateText("{\"defaultAction\": \"SCMP_ACT_ERRNO\", " + ARCH + ", \"syscalls\": ["
                + rules + "]}");
    }

    private static SeccompProblem only(List<SeccompProblem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aCleanProfileHasNoProblems() {
        assertThat(rules("{\"names\": [\"read\", \"write\"], \"action\": \"SCMP_ACT_ALLOW\"}")).isEmpty();
    }

    @Test
    void unknownSyscallNameSuggestsTheClosestOne() {
        String rule = "{\"names\": [\"read\", \"opnat\"], \"action\": \"SCMP_ACT_ALLOW\"}";
        SeccompProblem p = only(rules(rule));
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.pointer()).isEqualTo("/syscalls/0/names/1");
        assertThat(p.message()).startsWith("\"opnat\" is not a Linux system call (did you mean openat?)");
        String text = "{\"defaultAction\": \"SCMP_ACT_ERRNO\", " + ARCH + ", \"syscalls\": [" + rule + "]}";
        assertThat(p.position()).isEqualTo(new SourcePosition(1, text.indexOf("\"opnat\"") + 1));
    }

    @Test
    void namesOfOtherArchitecturesAreAccepted() {
        assertThat(rules("{\"names\": [\"chown32\", \"socketcall\", \"_llseek\"], \"action\": \"SCMP_ACT_ALLOW\"}"))
                .isEmpty();
    }

    @Test
    void unknownActionSuggestsTheSpelling() {
        SeccompProblem p = only(rules("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOWW\"}"));
        assertThat(p.pointer()).isEqualTo("/syscalls/0/action");
        assertThat(p.message()).startsWith("Unknown action \"SCMP_ACT_ALLOWW\" (did you mean SCMP_ACT_ALLOW?)");
    }

    @Test
    void missingDefaultActionIsAnError() {
        SeccompProblem p = only(SeccompValidation.validateText("{" + ARCH + "}"));
        assertThat(p.pointer()).isEqualTo("/defaultAction");
        assertThat(p.message()).contains("no \"defaultAction\"");
    }

    @Test
    void argIndexAboveFiveIsImpossible() {
        SeccompProblem p = only(rules("{\"names\": [\"socket\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": "
                + "[{\"index\": 6, \"value\": 1, \"op\": \"SCMP_CMP_EQ\"}]}"));
        assertThat(p.pointer()).isEqualTo("/syscalls/0/args/0/index");
        assertThat(p.message()).contains("Argument index 6 is impossible");
    }

    @Test
    void unknownOperatorIsAnError() {
        SeccompProblem p = only(rules("{\"names\": [\"socket\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": "
                + "[{\"index\": 0, \"value\": 1, \"op\": \"SCMP_CMP_EQUAL\"}]}"));
        assertThat(p.pointer()).isEqualTo("/syscalls/0/args/0/op");
        assertThat(p.message()).startsWith("Unknown comparison \"SCMP_CMP_EQUAL\"");
    }

    @Test
    void maskedEqualWithoutValueTwoIsExplained() {
        SeccompProblem p = only(rules("{\"names\": [\"clone\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": "
                + "[{\"index\": 0, \"value\": 2114060288, \"op\": \"SCMP_CMP_MASKED_EQ\"}]}"));
        assertThat(p.severity()).isEqualTo(Severity.INFO);
        assertThat(p.pointer()).isEqualTo("/syscalls/0/args/0/valueTwo");
        assertThat(p.message()).contains("valueTwo is absent, so it is 0").contains("0x7e020000");
    }

    @Test
    void errnoWithAnAllowActionIsAnError() {
        SeccompProblem p = only(rules("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"errnoRet\": 1}"));
        assertThat(p.pointer()).isEqualTo("/syscalls/0/errnoRet");
        assertThat(p.message()).contains("\"action\" is SCMP_ACT_ALLOW, which returns no errno");
    }

    @Test
    void defaultErrnoWithAKillDefaultIsAnError() {
        SeccompProblem p = only(SeccompValidation.validateText("{\"defaultAction\": \"SCMP_ACT_KILL\", "
                + "\"defaultErrnoRet\": 1, " + ARCH + "}"));
        assertThat(p.pointer()).isEqualTo("/defaultErrnoRet");
    }

    @Test
    void missingArchitecturesWithoutArchMapIsAWarning() {
        SeccompProblem p = only(SeccompValidation.validateText("{\"defaultAction\": \"SCMP_ACT_ERRNO\"}"));
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.message()).contains("names no architectures");
    }

    @Test
    void bothArchitecturesAndArchMapAreRefused() {
        SeccompProblem p = only(SeccompValidation.validateText("{\"defaultAction\": \"SCMP_ACT_ERRNO\", "
                + "\"architectures\": [\"SCMP_ARCH_X86_64\"], " + ARCH + "}"));
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.message()).contains("Both \"architectures\" and \"archMap\"");
    }

    @Test
    void unknownArchitectureIsAnError() {
        SeccompProblem p = only(SeccompValidation.validateText("{\"defaultAction\": \"SCMP_ACT_ERRNO\", "
                + "\"architectures\": [\"SCMP_ARCH_X86-64\"]}"));
        assertThat(p.message()).startsWith("Unknown architecture \"SCMP_ARCH_X86-64\" (did you mean SCMP_ARCH_X86_64?)");
    }

    @Test
    void conflictingDuplicatesAreNamedWithBothRules() {
        SeccompProblem p = only(rules("{\"names\": [\"read\", \"mount\"], \"action\": \"SCMP_ACT_ALLOW\"}, "
                + "{\"names\": [\"mount\"], \"action\": \"SCMP_ACT_ERRNO\"}"));
        assertThat(p.pointer()).isEqualTo("/syscalls/1");
        assertThat(p.message()).startsWith("\"mount\" is SCMP_ACT_ALLOW in syscalls[0] and SCMP_ACT_ERRNO in syscalls[1]");
    }

    @Test
    void duplicatesWithConditionsOrTheSameActionAreFine() {
        assertThat(rules("{\"names\": [\"mount\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"caps\": "
                + "[\"CAP_SYS_ADMIN\"]}}, {\"names\": [\"mount\"], \"action\": \"SCMP_ACT_ERRNO\"}, "
                + "{\"names\": [\"mount\"], \"action\": \"SCMP_ACT_ERRNO\"}")).isEmpty();
    }

    @Test
    void minKernelMustBeMajorDotMinor() {
        SeccompProblem p = only(rules("{\"names\": [\"ptrace\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": "
                + "{\"minKernel\": \"v4.8\"}}"));
        assertThat(p.pointer()).isEqualTo("/syscalls/0/includes/minKernel");
        assertThat(p.message()).contains("write major.minor");
    }

    @Test
    void unknownCapabilityAndFilterArchAreReported() {
        List<SeccompProblem> problems = rules("{\"names\": [\"bpf\"], \"action\": \"SCMP_ACT_ALLOW\", "
                + "\"includes\": {\"caps\": [\"CAP_SYSADMIN\"], \"arches\": [\"x86_64\"]}}");
        assertThat(problems).extracting(SeccompProblem::pointer)
                .containsExactly("/syscalls/0/includes/caps/0", "/syscalls/0/includes/arches/0");
        assertThat(problems.get(0).message()).contains("did you mean CAP_SYS_ADMIN?");
        assertThat(problems.get(1).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void unknownFieldsAreKeptButReported() {
        SeccompProblem p = only(rules("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"nmaes\": []}"));
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.pointer()).isEqualTo("/syscalls/0/nmaes");
        assertThat(p.message()).startsWith("Unknown field \"nmaes\": Docker ignores it");
    }

    @Test
    void nameAndNamesTogetherAreRefused() {
        SeccompProblem p = only(rules("{\"names\": [\"read\"], \"name\": \"write\", \"action\": \"SCMP_ACT_ALLOW\"}"));
        assertThat(p.pointer()).isEqualTo("/syscalls/0/name");
    }

    @Test
    void ruleWithoutNamesOrActionIsAnError() {
        assertThat(rules("{}")).extracting(SeccompProblem::pointer)
                .containsExactly("/syscalls/0/names", "/syscalls/0/action");
    }

    @Test
    void notifyNeedsAListener() {
        SeccompProblem p = only(rules("{\"names\": [\"mount\"], \"action\": \"SCMP_ACT_NOTIFY\"}"));
        assertThat(p.pointer()).isEqualTo("/listenerPath");
    }

    @Test
    void unknownFlagIsAnError() {
        SeccompProblem p = only(SeccompValidation.validateText("{\"defaultAction\": \"SCMP_ACT_ERRNO\", "
                + "\"flags\": [\"SECCOMP_FILTER_FLAG_LOUD\"], " + ARCH + "}"));
        assertThat(p.pointer()).isEqualTo("/flags/0");
    }

    @Test
    void malformedJsonIsOneErrorWithLineAndColumnNotAStackTrace() {
        SeccompProblem p = only(SeccompValidation.validateText("{\n  \"defaultAction\": SCMP_ACT_ERRNO\n}"));
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.position()).isEqualTo(new SourcePosition(2, 20));
        assertThat(p.describe()).startsWith("error: profile (line 2, column 20): The seccomp profile is not valid JSON")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void describeGivesSeverityPlaceAndMessage() {
        SeccompProblem p = only(rules("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOWW\"}"));
        assertThat(p.describe()).startsWith("error: /syscalls/0/action (line 1, column ");
    }
}
