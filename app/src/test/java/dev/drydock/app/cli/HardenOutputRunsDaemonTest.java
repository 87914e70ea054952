package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise, end to end: for each container with one bad run setting, the {@code docker run}
 * line that {@code drydock harden} prints is run as it is by a shell with the docker command line, the
 * container it creates starts, and {@code drydock audit containers} finds none of the findings the
 * original had for that setting.
 */
@DaemonTest
class HardenOutputRunsDaemonTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final TestContainers CONTAINERS = new TestContainers();
    static final List<String> CREATED_BY_SHELL = new ArrayList<>();
    static int freePort;

    @BeforeAll
    static void findAFreePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
    }

    @AfterAll
    static void removeContainers() {
        CREATED_BY_SHELL.forEach(name -> {
            try {
                TestDocker.client().removeContainerCmd(name).withForce(true).withRemoveVolumes(true).exec();
            } catch (RuntimeException alreadyGone) {
                // the test failed before the shell created it
            }
        });
        CONTAINERS.close();
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad("privileged", c -> c.withPrivileged(true), "DC5005"),
                bad("host-root", c -> c.withBinds(new Bind("/", new Volume("/host"))), "DC5006"),
                bad("docker-sock", c -> c.withBinds(new Bind("/var/run/docker.sock", new Volume("/var/run/docker.sock"),
                        AccessMode.rw)), "DC5032"),
                bad("host-pid", c -> c.withPidMode("host"), "DC5016"),
                bad("host-net", c -> c.withNetworkMode("host"), "DC5010"),
                bad("sys-admin", c -> c.withCapAdd(Capability.SYS_ADMIN), "DC5004"),
                bad("seccomp", c -> c.withSecurityOpts(List.of("seccomp=unconfined")), "DC5022"),
                bad("no-limits", c -> c, "DC5011", "DC5013", "DC5026", "DC5029", "DC5101"),
                bad("all-interfaces", c -> c.withNetworkMode("bridge").withPortBindings(
                        new PortBinding(Ports.Binding.bindIpAndPort("0.0.0.0", freePort), ExposedPort.tcp(22))), "DC5014"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void thePrintedDockerRunStartsAContainerCleanOfTheBadSetting(String name, UnaryOperator<HostConfig> setting,
                                                               List<String> expected) throws Exception {
        String original = "drydock-harden-run-" + name + "-" + SUFFIX;
        CONTAINERS.create(TestImages.busybox(), cmd -> cmd.withName(original).withCmd("sleep", "600")
                .withExposedPorts(ExposedPort.tcp(22))
                .withLabels(Map.of("dev.drydock.harden-run-test", name))
                .withHostConfig(setting.apply(HostConfig.newHostConfig())));
        assertThat(findingIds(original)).as("the original's audit").containsAll(expected);

        CliRun harden = CliRun.of("harden", original, "-H", host());
        assertThat(harden.exitCode()).as(harden.err()).isEqualTo(ExitCodes.OK);
        String dockerRun = harden.out().strip();
        assertThat(dockerRun).startsWith("docker run").contains("--name " + original + "-hardened");
        CREATED_BY_SHELL.add(original + "-hardened");

        Shell shell = Shell.run(dockerRun);
        assertThat(shell.exitCode()).as("docker run said: " + shell.output()).isZero();
        List<String> after = findingIds(original + "-hardened");
        assertThat(after).as("the hardened container's audit").doesNotContainAnyElementsOf(expected);
        JsonNode state = JSON.readTree(CliRun.of("containers", "--format", "json", "-H", host()).out());
        assertThat(stateOf(state, original + "-hardened")).isEqualTo("running");
    }

    private static Arguments bad(String name, UnaryOperator<HostConfig> setting, String... expected) {
        return Arguments.of(name, setting, List.of(expected));
    }

    private static List<String> findingIds(String container) throws IOException {
        CliRun audit = CliRun.of("audit", "containers", container, "--format", "json", "-H", host());
        assertThat(audit.err()).isEmpty();
        List<String> ids = new ArrayList<>();
        JSON.readTree(audit.out()).get("containers").get(0).get("findings").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    private static String stateOf(JsonNode containers, String name) {
        for (JsonNode container : containers) {
            if (container.get("name").asText().replaceFirst("^/", "").equals(name)) {
                return container.get("state").asText();
            }
        }
        throw new AssertionError(name + " is not listed: " + containers);
    }

    private static String host() {
        return TestDocker.endpoint().uri();
    }

    /** The docker command line run by {@code sh -c}, against the test daemon. */
    private record Shell(int exitCode, String output) {

        static Shell run(String commandLine) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder("sh", "-c", commandLine).redirectErrorStream(true);
            builder.environment().put("DOCKER_HOST", host());
            Process process;
            try {
                process = builder.start();
            } catch (IOException noShell) {
                throw new AssertionError("sh could not be started", noShell);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("docker run did not return within a minute: " + commandLine);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() == 127) {
                throw new AssertionError("the docker command line is not installed (apt-get install docker.io): " + output);
            }
            return new Shell(process.exitValue(), output);
        }
    }
}
