package dev.drydock.app.cli;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code drydock harden --observe} and {@code --recreate} against the real daemon: observed paths become
 * tmpfs mounts with the reasoning on stderr; recreating prints the plan, needs a confirmation (or
 * {@code --yes} without a terminal), creates the hardened container next to the untouched original and
 * exits non-zero when it does not stay up.
 */
@DaemonTest
class HardenRecreateCommandDaemonTest {

    private final TestContainers containers = new TestContainers();

    @AfterEach
    void cleanUp() {
        containers.close(); // hardened containers carry the original's labels, this run's among them
    }

    private String original(String... command) {
        String name = "drydock-recreate-cli-" + UUID.randomUUID().toString().substring(0, 8);
        containers.create(TestImages.busybox(), cmd -> cmd.withName(name).withCmd(command)
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withPrivileged(true)
                        .withCapAdd(Capability.SYS_ADMIN)));
        return name;
    }

    private static List<Container> named(String name) {
        return TestDocker.client().listContainersCmd().withShowAll(true).withNameFilter(List.of(name)).exec().stream()
                .filter(c -> List.of(c.getNames()).contains("/" + name)).toList();
    }

    @Test
    void observeMountsTheDirectoriesTheContainerWroteAndSaysWhy() {
        String name = "drydock-observe-cli-" + UUID.randomUUID().toString().substring(0, 8);
        String id = containers.createRunning(TestImages.busybox(), cmd -> cmd.withName(name).withCmd("sh", "-c",
                "mkdir -p /run/app/cache && echo x > /run/app/cache/x && echo y > /tmp/y && echo written && sleep 600"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestDocker.client().containerDiffCmd(id).exec().isEmpty());

        CliRun run = CliRun.of("harden", name, "--observe", "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("--read-only").contains("--tmpfs /tmp").contains("--tmpfs /run");
        assertThat(run.err()).contains("drydock: writable /run: seen written by the running container: /run/app/cache/x.")
                .contains("drydock: writable /tmp:");
    }

    @Test
    void recreateWithYesPrintsThePlanCreatesTheHardenedContainerAndLeavesTheOriginal() {
        String name = original("sleep", "600");

        CliRun run = CliRun.of("harden", name, "--recreate", "--yes", "--watch", "2", "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1. Create " + name + "-hardened from image")
                .contains("The original " + name + " is left as it is (never stopped or removed).")
                .contains("Result: running");
        assertThat(run.err()).contains("drydock: Creating " + name + "-hardened").doesNotContain("Exception");
        assertThat(named(name + "-hardened")).singleElement().satisfies(c -> assertThat(c.getState()).isEqualTo("running"));
        assertThat(named(name)).singleElement().satisfies(c -> assertThat(c.getState()).isEqualTo("created"));
    }

    @Test
    void aWorkloadThatExitsMakesTheCommandFail() {
        String name = original("false");

        CliRun run = CliRun.of("harden", name, "--recreate", "--yes", "--watch", "2", "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("Result: exited").contains("exited with code 1")
                .contains("remove it with docker rm -f " + name + "-hardened");
    }

    @Test
    void withoutATerminalRecreateNeedsYes() {
        String name = original("sleep", "600");

        CliRun run = CliRun.of("harden", name, "--recreate", "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: ").contains("--yes").contains("See 'drydock harden --help'");
        assertThat(named(name + "-hardened")).isEmpty();
    }

    @Test
    void onATerminalAnythingButYesCreatesNothing() {
        String name = original("sleep", "600");
        CliEnvironment terminal = new CliEnvironment(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)),
                Map.of(), Path.of("").toAbsolutePath(), true);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = DrydockCli.run(terminal, new PrintWriter(out), new PrintWriter(err), "harden", name, "--recreate",
                "-H", TestDocker.endpoint().uri());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("Create and start " + name + "-hardened? [y/N]");
        assertThat(out.toString()).contains("1. Create " + name + "-hardened").contains("Nothing was created.");
        assertThat(named(name + "-hardened")).isEmpty();
    }

    @Test
    void yesAndWatchWithoutRecreateAreAUsageError() {
        CliRun run = CliRun.of("harden", "any", "--watch", "5", "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: --yes and --watch go with --recreate.");
    }
}
