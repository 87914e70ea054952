package dev.drydock.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingOrderTest {

    private static Finding in(String file, int offset, String rule) {
        return Finding.of(rule, Severity.INFO, "m",
                new Location.DockerfileRange(file, new TextRange(offset, offset + 1, 1, offset + 1, 1, offset + 2)));
    }

    @Test
    void dockerfileFindingsComeByFileAndPositionThenOtherKinds() {
        Finding daemon = Finding.of("DD200", Severity.ERROR, "m", new Location.DaemonSetting("icc"));
        Finding container = Finding.of("DD101", Severity.ERROR, "m", new Location.ContainerField("web", "HostConfig.Privileged"));
        Finding image = Finding.of("DD150", Severity.ERROR, "m", new Location.ImageLayerPath("app:1", "", "/etc/shadow"));
        List<Finding> findings = new ArrayList<>(List.of(daemon, in("b/Dockerfile", 0, "DD001"), container,
                in("a/Dockerfile", 9, "DD001"), image, in("a/Dockerfile", 2, "DD009"), in("a/Dockerfile", 2, "DD002")));
        findings.sort(FindingOrder.READING_ORDER);
        assertThat(findings).containsExactly(in("a/Dockerfile", 2, "DD002"), in("a/Dockerfile", 2, "DD009"),
                in("a/Dockerfile", 9, "DD001"), in("b/Dockerfile", 0, "DD001"), image, container, daemon);
    }
}
