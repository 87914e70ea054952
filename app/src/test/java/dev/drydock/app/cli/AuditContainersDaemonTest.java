package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code drydock audit containers} against the real daemon: containers created here with one bad run
 * setting each (created, not started, so port 22 need not be free) and a hardened one (running) are
 * audited through the command line; each bad setting is reported under its CIS item, the hardened one is clean.
 */
@DaemonTest
class AuditContainersDaemonTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final TestContainers CONTAINERS = new TestContainers();

    /** Container id → the check ids (with their CIS item after the colon) its audit must report. */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();
    static String privileged;
    static String hardened;

    @BeforeAll
    static void createContainers() {
        TestImage image = TestImages.busybox();
        privileged = bad(image, "privileged", config -> config.withPrivileged(true), "DC5005:5.5");
        bad(image, "host-root", config -> config.withBinds(new Bind("/", new Volume("/host"))), "DC5006:5.6");
        bad(image, "docker-sock", config -> config.withBinds(new Bind("/var/run/docker.sock",
                new Volume("/var/run/docker.sock"), AccessMode.ro)), "DC5032:5.32");
        bad(image, "host-pid", config -> config.withPidMode("host"), "DC5016:5.16");
        bad(image, "host-net", config -> config.withNetworkMode("host"), "DC5010:5.10");
        bad(image, "sys-admin", config -> config.withCapAdd(Capability.SYS_ADMIN), "DC5004:5.4");
        bad(image, "seccomp", config -> config.withSecurityOpts(List.of("seccomp=unconfined")), "DC5022:5.22");
        bad(image, "no-limits", config -> config, "DC5011:5.11", "DC5012:5.12", "DC5029:5.29", "DC5013:5.13");
        String ssh = CONTAINERS.create(image, cmd -> named(cmd, "ssh-port").withCmd("sleep", "600")
                .withExposedPorts(ExposedPort.tcp(22))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("bridge")
                        .withPortBindings(new PortBinding(Ports.Binding.bindIpAndPort("0.0.0.0", 22), ExposedPort.tcp(22)))));
        EXPECTED.put(ssh, List.of("DC5014:5.14", "DC5008:5.8", "DC5030:5.30"));
        hardened = CONTAINERS.createRunning(image, cmd -> named(cmd, "hardened")
                .withUser("65534:65534")
                .withHealthcheck(new HealthCheck().withTest(List.of("CMD", "true")))
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode("none")
                        .withReadonlyRootfs(true)
                        .withCapDrop(Capability.ALL)
                        .withSecurityOpts(List.of("no-new-privileges"))
                        .withMemory(64L * 1024 * 1024)
                        .withPidsLimit(100L)
                        .withCpuShares(512)));
    }

    @AfterAll
    static void removeContainers() {
        CONTAINERS.close();
    }

    @Test
    void jsonOfAllContainersReportsEachBadSettingUnderItsCisItemAndNothingOnTheHardenedOne() throws IOException {
        CliRun run = CliRun.of("audit", "containers", "--all", "--format", "json", "-H", host());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode containers = JSON.readTree(run.out()).get("containers");
        EXPECTED.forEach((id, expected) -> {
            List<String> found = new ArrayList<>();
            find(containers, id).get("findings").forEach(f -> found.add(f.get("id").asText() + ":" + f.get("cis").asText()));
            assertThat(found).as(id).containsAll(expected);
        });
        JsonNode clean = find(containers, hardened);
        assertThat(clean.get("name").asText()).isEqualTo("drydock-audit-hardened-" + SUFFIX);
        assertThat(clean.get("state").asText()).isEqualTo("running");
        assertThat(clean.get("findings")).isEmpty();
        // only the checks this daemon's platform rules out (no AppArmor, no SELinux here) may not apply
        clean.get("notApplicable").forEach(check -> {
            assertThat(check.get("id").asText()).isIn("DC5002", "DC5003");
            assertThat(check.get("reason").asText()).startsWith("the daemon does not use");
        });
        JsonNode privilegedFinding = finding(find(containers, privileged), "DC5005");
        assertThat(privilegedFinding.get("severity").asText()).isEqualTo("error");
        assertThat(privilegedFinding.get("field").asText()).isEqualTo("HostConfig.Privileged");
        assertThat(privilegedFinding.get("evidence").asText()).isEqualTo("Privileged=true");
        assertThat(privilegedFinding.get("fix").asText()).contains("drop --privileged");
        assertThat(privilegedFinding.get("message").asText()).doesNotContain("fix:");
    }

    @Test
    void withoutAllOnlyRunningContainersAreAudited() throws IOException {
        CliRun run = CliRun.of("audit", "containers", "--format", "json", "-H", host());

        assertThat(run.err()).isEmpty();
        Set<String> ids = new java.util.HashSet<>();
        JSON.readTree(run.out()).get("containers").forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids).contains(hardened).doesNotContainAnyElementsOf(EXPECTED.keySet());
    }

    @Test
    void ttyGroupsFindingsUnderTheContainerWithCisItemEvidenceAndFix() {
        CliRun run = CliRun.of("audit", "containers", "drydock-audit-privileged-" + SUFFIX, "-H", host());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith("Container drydock-audit-privileged-" + SUFFIX + " (" + privileged.substring(0, 12))
                .containsPattern("ERROR +DC5005 CIS 5\\.5  Privileged container")
                .contains("evidence: HostConfig.Privileged = Privileged=true", "fix: drop --privileged")
                .containsPattern("\\d+ findings in 1 container\\.");
    }

    @Test
    void theHardenedContainerAuditsCleanAndExitsZero() {
        CliRun run = CliRun.of("audit", "containers", hardened, "-H", host());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("no findings", "0 findings in 1 container.");
    }

    @Test
    void severityHidesLesserFindingsAndThresholdNoneNeverFails() throws IOException {
        CliRun errorsOnly = CliRun.of("audit", "containers", privileged, "--severity", "error", "--format", "json", "-H", host());
        CliRun neverFail = CliRun.of("audit", "containers", privileged, "--failure-threshold", "none", "-H", host());

        JsonNode findings = JSON.readTree(errorsOnly.out()).get("containers").get(0).get("findings");
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("error"));
        assertThat(neverFail.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(neverFail.out()).contains("DC5005");
    }

    @Test
    void sarifNamesTheChecksAsRulesWithTheirResults() throws IOException {
        CliRun run = CliRun.of("audit", "containers", privileged, "--format", "sarif", "-H", host());

        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        List<String> rules = new ArrayList<>();
        sarif.at("/runs/0/tool/driver/rules").forEach(rule -> rules.add(rule.get("id").asText()));
        List<String> results = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(result -> results.add(result.get("ruleId").asText()));
        assertThat(rules).contains("DC5005");
        assertThat(results).contains("DC5005");
    }

    @Test
    void anUnknownContainerIsAnErrorInWords() {
        CliRun run = CliRun.of("audit", "containers", "drydock-no-such-container-" + SUFFIX, "-H", host());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: ").doesNotContain("\tat ");
    }

    private static String bad(TestImage image, String name, UnaryOperator<HostConfig> settings, String... expected) {
        String id = CONTAINERS.create(image, cmd -> named(cmd, name).withCmd("sleep", "600")
                .withHostConfig(settings.apply(HostConfig.newHostConfig().withNetworkMode("none"))));
        EXPECTED.put(id, List.of(expected));
        return id;
    }

    private static CreateContainerCmd named(CreateContainerCmd cmd, String name) {
        return cmd.withName("drydock-audit-" + name + "-" + SUFFIX).withLabels(Map.of("dev.drydock.audit-cli-test", name));
    }

    private static JsonNode find(JsonNode containers, String id) {
        for (JsonNode container : containers) {
            if (container.get("id").asText().equals(id)) {
                return container;
            }
        }
        throw new AssertionError("container " + id + " was not audited");
    }

    private static JsonNode finding(JsonNode container, String checkId) {
        for (JsonNode finding : container.get("findings")) {
            if (finding.get("id").asText().equals(checkId)) {
                return finding;
            }
        }
        throw new AssertionError(checkId + " not found in " + container);
    }

    static String host() {
        return TestDocker.endpoint().uri();
    }
}
