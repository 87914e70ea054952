package dev.drydock.core.seccomp.validation;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.templates.SeccompTemplates;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The real daemon accepts the shipped templates and refuses an unknown action, saying why; no container stays. */
@DaemonTest
class DaemonProfileCheckDaemonTest {

    private final TestContainers containers = new TestContainers();
    private DockerDaemon daemon;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
    }

    @AfterEach
    void cleanUp() {
        containers.close();
        daemon.close();
    }

    private long leftOver() {
        return daemon.listContainers().stream()
                .filter(c -> containers.runId().equals(c.labels().get(TestImages.RUN_LABEL))).count();
    }

    @Test
    void theTemplatesAreAccepted() {
        DaemonProfileCheck check = new DaemonProfileCheck(daemon);
        String image = TestImages.busybox().reference();
        DaemonVerdict strict = check.check(SeccompTemplates.strict(), image, containers.labels());
        DaemonVerdict baseline = check.check(SeccompTemplates.baseline(), image, containers.labels());
        assertThat(strict.accepted()).as(strict.message()).isTrue();
        assertThat(baseline.accepted()).as(baseline.message()).isTrue();
        assertThat(strict.message()).isEqualTo("The daemon accepted the profile.");
        assertThat(leftOver()).isZero();
    }

    @Test
    void anUnknownActionIsRefusedInTheRuntimesWords() throws Exception {
        DaemonVerdict verdict = new DaemonProfileCheck(daemon).check(SeccompProfileReader.read(
                "{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"architectures\":[\"SCMP_ARCH_X86_64\"],"
                        + "\"syscalls\":[{\"names\":[\"read\"],\"action\":\"SCMP_ACT_SOMETIMES\"}]}"),
                TestImages.busybox().reference(), containers.labels());
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.message()).startsWith("The daemon refused the profile: ")
                .contains("SCMP_ACT_SOMETIMES is not a valid action for seccomp")
                .doesNotContain("shim task");
        assertThat(leftOver()).isZero();
    }

    @Test
    void aProfileTheRuntimeItselfCannotLiveWithIsNotAcceptedEither() {
        SeccompProfile strict = SeccompTemplates.strict();
        SeccompProfile tooStrict = strict.withSyscalls(strict.rules().stream()
                .map(rule -> rule.names() != null && rule.names().contains("fstatfs")
                        ? rule.withNames(rule.names().stream().filter(n -> !n.equals("fstatfs")).toList()) : rule)
                .toList());
        DaemonVerdict verdict = new DaemonProfileCheck(daemon).check(tooStrict, TestImages.busybox().reference(),
                containers.labels());
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.message()).contains("the runtime could not start a process under it")
                .contains("operation not permitted");
        assertThat(leftOver()).isZero();
    }

    @Test
    void withoutAnImageNamedOneOfTheDaemonsImagesIsUsed() {
        TestImages.busybox();
        DaemonVerdict verdict = new DaemonProfileCheck(daemon).check(SeccompTemplates.strict(), "", containers.labels());
        assertThat(verdict.accepted()).as(verdict.message()).isTrue();
        assertThat(verdict.image()).isNotBlank();
        assertThat(leftOver()).isZero();
    }
}
