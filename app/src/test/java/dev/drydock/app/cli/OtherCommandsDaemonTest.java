package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock images} and {@code drydock info} against the real daemon. */
@DaemonTest
class OtherCommandsDaemonTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void imagesTableShowsTheTestImageByRepositoryTagAndShortId() {
        TestImage image = TestImages.busybox();
        String repository = image.reference().substring(0, image.reference().lastIndexOf(':'));
        String tag = image.reference().substring(image.reference().lastIndexOf(':') + 1);

        CliRun run = CliRun.of("images", "-H", host());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .matches("REPOSITORY +TAG +IMAGE ID +CREATED +SIZE"));
        assertThat(run.out()).containsPattern(repository + " +" + tag + " +"
                + image.id().substring("sha256:".length(), "sha256:".length() + 12) + " +.+ +[0-9.]+[kMG]?B");
    }

    @Test
    void imagesJsonCarriesFullIdsTagsAndLabels() throws Exception {
        TestImage image = TestImages.busybox();

        CliRun run = CliRun.of("images", "--format", "json", "-H", host());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode listed = null;
        for (JsonNode candidate : JSON.readTree(run.out())) {
            if (candidate.get("id").asText().equals(image.id())) {
                listed = candidate;
            }
        }
        assertThat(listed).as("the test image is listed").isNotNull();
        assertThat(listed.get("repoTags")).extracting(JsonNode::asText).contains(image.reference());
        assertThat(listed.at("/labels/" + TestImages.RUN_LABEL).asText()).isEqualTo(TestImages.RUN_ID);
        assertThat(listed.get("size").asLong()).isPositive();
        assertThat(listed.get("dangling").asBoolean()).isFalse();
    }

    @Test
    void infoSaysWhichEndpointWasChosenAndWhatTheDaemonIs() {
        CliRun run = CliRun.of("info", "-H", host());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String version = DockerCli.lines("version", "--format", "{{.Server.Version}}").get(0);
        assertThat(run.out()).containsPattern("Address: +" + host())
                .containsPattern("Chosen by: +address from the --host option")
                .containsPattern("Engine version: +" + version.replace("+", "\\+"))
                .contains("Security", "Seccomp:", "Containers:");
    }

    @Test
    void infoJsonHasTheEndpointAndTheDaemonFacts() throws Exception {
        CliRun run = CliRun.of("info", "--format", "json", "-H", host());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode info = JSON.readTree(run.out());
        String apiVersion = DockerCli.lines("version", "--format", "{{.Server.APIVersion}}").get(0);
        assertThat(info.at("/endpoint/uri").asText()).isEqualTo(host());
        assertThat(info.at("/endpoint/chosenBy").asText()).contains("--host");
        assertThat(info.at("/daemon/apiVersion").asText()).isEqualTo(apiVersion);
        assertThat(info.at("/daemon/containers").isInt()).isTrue();
    }

    static String host() {
        return TestDocker.endpoint().uri();
    }
}
