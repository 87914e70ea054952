package dev.drydock.core.dockerfile;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.ContainerConfig;
import dev.drydock.core.dockerfile.instruction.CmdInstruction;
import dev.drydock.core.dockerfile.instruction.EntrypointInstruction;
import dev.drydock.core.dockerfile.instruction.ExposeInstruction;
import dev.drydock.core.dockerfile.instruction.ExposedPort;
import dev.drydock.core.dockerfile.instruction.HealthcheckInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.instruction.LabelInstruction;
import dev.drydock.core.dockerfile.instruction.OnbuildInstruction;
import dev.drydock.core.dockerfile.instruction.UserInstruction;
import dev.drydock.core.dockerfile.instruction.VolumeInstruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.dockerfile.instruction.WorkdirInstruction;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser reads a Dockerfile the way Docker does: the daemon builds it (classic builder, on the
 * local busybox test image), and the image's configuration must hold exactly the values the parser
 * found: expanded ENV and LABEL values, the shell-form fallback of invalid JSON, exposed ports, ONBUILD
 * triggers, the health check. Once with backslash escapes, once with {@code # escape=`}.
 */
@DaemonTest
class DockerAgreesDaemonTest {

    @ParameterizedTest
    @ValueSource(strings = {"/dockerfiles/daemon/config.Dockerfile", "/dockerfiles/daemon/config-backtick.Dockerfile"})
    void imageConfigurationHoldsWhatTheParserRead(String resource) throws IOException {
        String text = new String(getClass().getResourceAsStream(resource).readAllBytes(), StandardCharsets.UTF_8);
        Dockerfile dockerfile = Dockerfile.parse(text);
        assertThat(dockerfile.problems()).isEmpty();

        String id = build(text);
        try {
            ContainerConfig config = TestDocker.client().inspectImageCmd(id).exec().getConfig();
            Instruction last = dockerfile.instructions().get(dockerfile.instructions().size() - 1);

            assertThat(config.getEnv()).contains(environment(dockerfile, last).toArray(String[]::new));
            assertThat(config.getLabels()).containsAllEntriesOf(labels(dockerfile));
            assertThat(Arrays.stream(config.getExposedPorts()).map(Object::toString))
                    .containsExactlyInAnyOrderElementsOf(ports(dockerfile));
            assertThat(config.getWorkingDir()).isEqualTo(expandOnly(dockerfile, WorkdirInstruction.class,
                    workdir -> workdir.path()));
            assertThat(config.getUser()).isEqualTo(expandOnly(dockerfile, UserInstruction.class, UserInstruction::spec));
            assertThat(config.getVolumes()).containsOnlyKeys(only(dockerfile, VolumeInstruction.class).paths().stream()
                    .map(Word::value).toList());
            assertThat(config.getOnBuild()).containsExactly(only(dockerfile, OnbuildInstruction.class).arguments());
            HealthcheckInstruction check = only(dockerfile, HealthcheckInstruction.class);
            assertThat(config.getHealthcheck().getTest())
                    .containsExactly("CMD-SHELL", check.command().orElseThrow().text());
            assertThat(config.getHealthcheck().getRetries())
                    .isEqualTo(Integer.valueOf(check.flag("retries").orElseThrow().valueOrEmpty()));
            assertThat(config.getEntrypoint()).containsExactlyElementsOf(only(dockerfile, EntrypointInstruction.class)
                    .command().arguments().stream().map(Word::value).toList());
            CmdInstruction cmd = only(dockerfile, CmdInstruction.class);
            assertThat(cmd.command().isExecForm()).isFalse();
            assertThat(config.getCmd()).containsExactly("/bin/sh", "-c", cmd.command().text());
        } finally {
            TestDocker.client().removeImageCmd(id).withForce(true).exec();
        }
    }

    private static List<String> environment(Dockerfile dockerfile, Instruction last) {
        List<String> env = new ArrayList<>();
        dockerfile.variablesAt(last).asMap().values().stream().filter(Variable::environment)
                .forEach(variable -> env.add(variable.name() + "=" + variable.value().orElseThrow()));
        assertThat(env).hasSizeGreaterThanOrEqualTo(6);
        return env;
    }

    private static Map<String, String> labels(Dockerfile dockerfile) {
        LabelInstruction label = only(dockerfile, LabelInstruction.class);
        Map<String, String> labels = new HashMap<>();
        for (KeyValue pair : label.labels()) {
            labels.put(dockerfile.expand(label, pair.key().text()), dockerfile.expand(label, pair.value().text()));
        }
        return labels;
    }

    private static List<String> ports(Dockerfile dockerfile) {
        List<String> ports = new ArrayList<>();
        for (ExposedPort port : only(dockerfile, ExposeInstruction.class).ports()) {
            String[] range = port.port().split("-");
            int first = Integer.parseInt(range[0]);
            int lastPort = Integer.parseInt(range[range.length - 1]);
            for (int number = first; number <= lastPort; number++) {
                ports.add(number + "/" + port.protocol());
            }
        }
        return ports;
    }

    private static <T extends Instruction> String expandOnly(Dockerfile dockerfile, Class<T> type,
                                                             java.util.function.Function<T, Word> word) {
        T instruction = only(dockerfile, type);
        return dockerfile.expand(instruction, word.apply(instruction).text());
    }

    private static <T extends Instruction> T only(Dockerfile dockerfile, Class<T> type) {
        List<T> found = dockerfile.instructions().stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String build(String dockerfile) throws IOException {
        DockerClient docker = TestDocker.client();
        try (ByteArrayInputStream context = new ByteArrayInputStream(context(dockerfile))) {
            return docker.buildImageCmd()
                    .withTarInputStream(context)
                    .withBuildArg("BASE", TestImages.busybox().reference())
                    .withLabels(Map.of(TestImages.RUN_LABEL, TestImages.RUN_ID))
                    .withRemove(true)
                    .withPull(false)
                    .exec(new BuildImageResultCallback())
                    .awaitImageId(120, TimeUnit.SECONDS);
        }
    }

    private static byte[] context(String dockerfile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            byte[] content = dockerfile.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("Dockerfile");
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }
}
