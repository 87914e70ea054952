package dev.drydock.app.cli;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerTableTest {

    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    static final String ID = "4f66ad9a0b2e1c3d5e7f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d";

    static ContainerSummary web() {
        return new ContainerSummary(ID, List.of("web", "proxy/web-alias"), "nginx:1.25",
                "sha256:" + "ab".repeat(32), "/docker-entrypoint.sh nginx -g 'daemon off;'",
                NOW.minusSeconds(7200), "running", "Up 2 hours",
                List.of(new PortMapping(443, 0, "", "tcp"), new PortMapping(80, 8080, "0.0.0.0", "tcp")),
                List.of(new MountInfo("volume", "data", "/var/lib/docker/volumes/data/_data", "/data", "z", true, "")),
                Map.of("team", "web", "dev.drydock.test", "1"));
    }

    @Test
    void printsTheColumnsOfDockerPs() {
        String printed = TextTableTest.print(ContainerTable.of(List.of(web()), true, NOW));

        assertThat(printed.lines().toList()).containsExactly(
                "CONTAINER ID   IMAGE        COMMAND                  CREATED       STATUS       PORTS"
                        + "                           NAMES",
                "4f66ad9a0b2e   nginx:1.25   \"/docker-entrypoint.…\"   2 hours ago   Up 2 hours   "
                        + "0.0.0.0:8080->80/tcp, 443/tcp   web");
    }

    @Test
    void noTruncShowsFullIdsAndCommands() {
        String printed = TextTableTest.print(ContainerTable.of(List.of(web()), false, NOW));

        assertThat(printed).contains(ID).contains("\"/docker-entrypoint.sh nginx -g 'daemon off;'\"");
    }

    @Test
    void shortensImageIdsAndQuotesCommandsLikeDocker() {
        assertThat(ContainerTable.image("sha256:" + "cd".repeat(32), true)).isEqualTo("cdcdcdcdcdcd");
        assertThat(ContainerTable.image("busybox:latest", true)).isEqualTo("busybox:latest");
        assertThat(ContainerTable.quote(ContainerTable.ellipsis("sh -c \"echo hi\"", 20)))
                .isEqualTo("\"sh -c \\\"echo hi\\\"\"");
        assertThat(ContainerTable.ellipsis("123456789012345678901", 20)).hasSize(20).endsWith("…");
    }

    @Test
    void jsonKeepsFullIdsIsoTimesAndSortedLabels() {
        ContainerJson json = ContainerJson.of(web());

        assertThat(json.id()).isEqualTo(ID);
        assertThat(json.name()).isEqualTo("web");
        assertThat(json.created()).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(json.labels()).containsExactly(Map.entry("dev.drydock.test", "1"), Map.entry("team", "web"));
        assertThat(json.ports()).contains(new ContainerJson.Port(80, 8080, "0.0.0.0", "tcp"));
        assertThat(json.mounts()).singleElement().extracting(ContainerJson.Mount::destination).isEqualTo("/data");
    }
}
