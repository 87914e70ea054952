package dev.drydock.app.gui;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.PortMapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Rows as the live state delivers them, for view-model tests. */
public final class Rows {

    private Rows() {
    }

    public static ContainerSummary container(String id, String name, String state) {
        return container(id, name, "busybox:latest", state, Instant.parse("2024-05-01T10:00:00Z"));
    }

    public static ContainerSummary container(String id, String name, String image, String state, Instant created) {
        return new ContainerSummary(id, List.of(name), image, "sha256:" + "ab".repeat(32), "sleep 600", created,
                state, "running".equals(state) ? "Up 2 minutes" : "Exited (0) 1 minute ago",
                List.of(new PortMapping(80, 8080, "0.0.0.0", "tcp")), List.of(), Map.of());
    }

    public static ImageSummary image(String id, String tag, long size) {
        return new ImageSummary(id, tag == null ? List.of() : List.of(tag), List.of(), size,
                Instant.parse("2024-04-01T08:00:00Z"), Map.of(), 0);
    }

    /** A 64-digit hex id made from a number. */
    public static String id(int n) {
        return String.format("%064x", n);
    }
}
