package dev.drydock.core.seccomp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallArg;
import dev.drydock.core.seccomp.profile.SyscallRule;
import dev.drydock.core.seccomp.templates.SeccompTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeccompProfileRoundTripTest {
    /** Debian's golang-github-docker-docker-dev ships the profile of Docker 20.10, the daemon here. */
    private static final Path DEBIAN_DOCKER_DEFAULT =
            Path.of("/usr/share/gocode/src/github.com/docker/docker/profiles/seccomp/default.json");

    @Test
    void theBaselineInMobysLayoutIsWrittenBackByteForByte() throws Exception {
        String text = SeccompTemplates.text("baseline.json");
        assertThat(SeccompProfileWriter.write(SeccompProfileReader.read(text))).isEqualTo(text);
    }

    @Test
    void theStrictTemplateIsWrittenBackByteForByte() throws Exception {
        String text = SeccompTemplates.text("strict.json");
        assertThat(SeccompProfileWriter.write(SeccompProfileReader.read(text))).isEqualTo(text);
    }

    @Test
    void everyFieldAndUnknownFieldsSurviveARoundTripInDockersKeyOrder() throws Exception {
        String text = resource("every-field.json");
        SeccompProfile profile = SeccompProfileReader.read(text);

        assertThat(SeccompProfileWriter.write(profile)).isEqualTo(text);
        assertThat(profile.listenerPath()).isEqualTo("/run/agent.sock");
        assertThat(profile.unknownFields()).containsKey("futureTopField");
        SyscallArg masked = profile.rules().get(0).args().get(0);
        assertThat(masked.valueTwo()).isZero();
        assertThat(Long.toUnsignedString(profile.rules().get(0).args().get(1).value()))
                .isEqualTo("18446744073709551615");
        assertThat(profile.rules().get(0).args().get(1).unknownFields()).containsKey("futureArgField");
        SyscallRule old = profile.rules().get(1);
        assertThat(old.allNames()).containsExactly("clone3");
        assertThat(old.args()).isEmpty();
        assertThat(old.includes().unknownFields()).containsKey("futureFilterField");
        assertThat(profile.rules().get(0).includes().isEmpty()).isTrue();
    }

    @Test
    void dockers2010DefaultProfileOnThisMachineRoundTrips() throws Exception {
        assumeTrue(Files.isRegularFile(DEBIAN_DOCKER_DEFAULT),
                "skipped: " + DEBIAN_DOCKER_DEFAULT + " is not installed (apt-get install golang-github-docker-docker-dev)");
        String text = Files.readString(DEBIAN_DOCKER_DEFAULT);
        SeccompProfile profile = SeccompProfileReader.read(text);

        // One rule there says "args": null, which means no args; it is written back without the field.
        String expected = text.replace("\t\t\t\"args\": null,\n", "").strip();
        assertThat(SeccompProfileWriter.write(profile).strip()).isEqualTo(expected);
        assertThat(profile.rules()).isNotEmpty();
    }

    @Test
    void aProfileBuiltInCodeIsReadBackEqual() throws Exception {
        SeccompProfile profile = SeccompTemplates.baseline();
        assertThat(SeccompProfileReader.read(SeccompProfileWriter.write(profile))).isEqualTo(profile);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SeccompProfileRoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
