package dev.drydock.core.image.attribution;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.image.scan.HistoryStep;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** History strings as Docker 20.10 wrote them (classic builder, and BuildKit's forms). */
class DockerfileAttributionTest {

    static final String DOCKERFILE = """
            FROM s8-base:probe
            ARG FLAVOUR=plain
            ENV APP_HOME=/app MODE=test
            WORKDIR /app
            COPY config.txt /app/config.txt
            COPY config.txt ./again/
            RUN echo "$FLAVOUR" > /app/flavour.txt && \\
                echo done
            LABEL org.example.role=demo
            USER 1000
            EXPOSE 8080
            CMD ["sh", "-c", "sleep 1"]
            """;

    /** {@code docker history --no-trunc} of that Dockerfile built by the classic builder with {@code --label s8=1}, oldest first. */
    static final List<HistoryStep> CLASSIC = steps(
            "+",
            "/bin/sh -c #(nop)  ARG FLAVOUR=plain",
            "/bin/sh -c #(nop)  ENV APP_HOME=/app MODE=test",
            "+/bin/sh -c #(nop) WORKDIR /app",
            "+/bin/sh -c #(nop) COPY file:001bf73312333b0f3f99e535f7916f110be501445301bada31ea04ca1fd25745 in /app/config.txt ",
            "+/bin/sh -c #(nop) COPY file:001bf73312333b0f3f99e535f7916f110be501445301bada31ea04ca1fd25745 in ./again/ ",
            "+|1 FLAVOUR=plain /bin/sh -c echo \"$FLAVOUR\" > /app/flavour.txt &&     echo done",
            "/bin/sh -c #(nop)  LABEL org.example.role=demo",
            "/bin/sh -c #(nop)  USER 1000",
            "/bin/sh -c #(nop)  EXPOSE 8080",
            "/bin/sh -c #(nop)  CMD [\"sh\" \"-c\" \"sleep 1\"]",
            "/bin/sh -c #(nop)  LABEL s8=1");

    /** "+" marks a step that made a layer. */
    static List<HistoryStep> steps(String... createdBy) {
        List<HistoryStep> steps = new ArrayList<>();
        for (String text : createdBy) {
            boolean layer = text.startsWith("+");
            steps.add(new HistoryStep(layer ? text.substring(1) : text, null, !layer, ""));
        }
        return steps;
    }

    private static int lineOfStep(DockerfileAttribution attribution, int step) {
        return attribution.instructionOfStep(step).map(i -> i.range().start().line()).orElse(0);
    }

    @Test
    void mapsEveryClassicStepOfTheFinalStageToItsInstruction() {
        DockerfileAttribution attribution = DockerfileAttribution.of(Dockerfile.parse(DOCKERFILE), CLASSIC, 5);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).extracting(step -> lineOfStep(attribution, step))
                .containsExactly(2, 3, 4, 5, 6, 7, 9, 10, 11, 12);
        assertThat(attribution.instructionOfStep(0)).as("the base image's layer").isEmpty();
        assertThat(attribution.instructionOfStep(11)).as("added by --label").isEmpty();
        assertThat(List.of(0, 1, 2, 3, 4)).extracting(layer -> attribution.lineOfLayer(layer).orElse(0))
                .containsExactly(0, 4, 5, 6, 7);
        assertThat(attribution.rangeOfLayer(4).orElseThrow().end().line()).as("a continued RUN spans its lines").isEqualTo(8);
    }

    @Test
    void mapsBuildKitSteps() {
        List<HistoryStep> buildKit = steps(
                "+",
                "ARG FLAVOUR=plain",
                "ENV APP_HOME=/app MODE=test",
                "+WORKDIR /app",
                "+COPY config.txt /app/config.txt # buildkit",
                "+COPY config.txt ./again/ # buildkit",
                "+RUN |1 FLAVOUR=plain /bin/sh -c echo \"$FLAVOUR\" > /app/flavour.txt &&     echo done # buildkit",
                "LABEL org.example.role=demo",
                "USER 1000",
                "EXPOSE map[8080/tcp:{}]",
                "CMD [\"sh\" \"-c\" \"sleep 1\"]");

        DockerfileAttribution attribution = DockerfileAttribution.of(Dockerfile.parse(DOCKERFILE), buildKit, 5);

        assertThat(List.of(0, 1, 2, 3, 4)).extracting(layer -> attribution.lineOfLayer(layer).orElse(0))
                .containsExactly(0, 4, 5, 6, 7);
    }

    @Test
    void aChangedDockerfileMapsOnlyTheStepsAfterTheChange() {
        String changed = DOCKERFILE.replace("echo done", "echo finished");

        DockerfileAttribution attribution = DockerfileAttribution.of(Dockerfile.parse(changed), CLASSIC, 5);

        assertThat(attribution.instructionOfStep(6)).as("the RUN no longer matches").isEmpty();
        assertThat(attribution.instructionOfStep(4)).as("nothing below a mismatch is guessed").isEmpty();
        assertThat(lineOfStep(attribution, 10)).isEqualTo(12);
        assertThat(attribution.mappedSteps()).isEqualTo(4);
    }

    @Test
    void anUnrelatedDockerfileMapsNothing() {
        DockerfileAttribution attribution = DockerfileAttribution.of(
                Dockerfile.parse("FROM alpine\nRUN apk add curl\nUSER app\nENTRYPOINT [\"curl\"]\n"), CLASSIC, 5);

        assertThat(attribution.mappedSteps()).isZero();
    }

    @Test
    void copyToAnotherDestinationDoesNotMatch() {
        DockerfileAttribution attribution = DockerfileAttribution.of(Dockerfile.parse("FROM base\nCOPY config.txt /etc/\n"),
                steps("+", "+/bin/sh -c #(nop) COPY file:001bf733 in /app/config.txt "), 2);

        assertThat(attribution.lineOfLayer(1)).isEmpty();
    }

    @Test
    void layersAreNotMappedWhenHistoryDoesNotLineUpWithThem() {
        DockerfileAttribution attribution = DockerfileAttribution.of(Dockerfile.parse(DOCKERFILE), CLASSIC, 7);

        assertThat(attribution.mappedSteps()).isPositive();
        assertThat(attribution.lineOfLayer(4)).isEmpty();
    }

    @Test
    void onlyTheFinalStageCounts() {
        String multiStage = "FROM busybox AS build\nRUN make\n\nFROM s8-base:probe\nCOPY --from=build /out /app/\nCMD [\"app\"]\n";

        DockerfileAttribution attribution = DockerfileAttribution.of(Dockerfile.parse(multiStage), steps("+",
                "+/bin/sh -c #(nop) COPY dir:9a1c in /app/ ", "/bin/sh -c #(nop)  CMD [\"app\"]"), 2);

        assertThat(attribution.lineOfLayer(1)).hasValue(5);
    }
}
