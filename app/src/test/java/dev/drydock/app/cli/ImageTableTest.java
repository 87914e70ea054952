package dev.drydock.app.cli;

import dev.drydock.core.daemon.ImageSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTableTest {

    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void printsOneRowPerTagAndNoneForDanglingImages() {
        ImageSummary tagged = new ImageSummary("sha256:" + "12".repeat(32),
                List.of("registry:5000/team/app:1.2", "app:latest"), List.of(), 4_860_000,
                NOW.minusSeconds(3 * 86400), Map.of(), -1);
        ImageSummary dangling = new ImageSummary("sha256:" + "34".repeat(32),
                List.of("<none>:<none>"), List.of(), 512, NOW.minusSeconds(30), Map.of(), -1);

        String printed = TextTableTest.print(ImageTable.of(List.of(tagged, dangling), true, NOW));

        assertThat(printed.lines().toList()).containsExactly(
                "REPOSITORY               TAG       IMAGE ID       CREATED          SIZE",
                "registry:5000/team/app   1.2       121212121212   3 days ago       4.86MB",
                "app                      latest    121212121212   3 days ago       4.86MB",
                "<none>                   <none>    343434343434   30 seconds ago   512B");
    }

    @Test
    void splitsRepositoryAndTagAtTheLastColonAfterTheLastSlash() {
        assertThat(ImageTable.repository("localhost:5000/app")).isEqualTo("localhost:5000/app");
        assertThat(ImageTable.tag("localhost:5000/app")).isEqualTo("<none>");
        assertThat(ImageTable.tag("busybox:1.36")).isEqualTo("1.36");
    }

    @Test
    void jsonKeepsTheFullIdAndFlagsDanglingImages() {
        ImageSummary dangling = new ImageSummary("sha256:" + "34".repeat(32), List.of(), List.of(), 512,
                NOW, Map.of("b", "2", "a", "1"), 0);

        ImageJson json = ImageJson.of(dangling);

        assertThat(json.id()).startsWith("sha256:").hasSize(71);
        assertThat(json.dangling()).isTrue();
        assertThat(json.created()).isEqualTo("2024-05-01T12:00:00Z");
        assertThat(json.labels()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }
}
