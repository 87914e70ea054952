package dev.drydock.core.daemon;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One container as listed by the daemon ({@code docker ps -a}).
 *
 * @param names   names without the leading slash
 * @param image   the image as the user named it (tag or id)
 * @param imageId the image's full id
 * @param state   {@code created}, {@code running}, {@code paused}, {@code restarting},
 *                {@code removing}, {@code exited} or {@code dead}
 * @param status  the daemon's human text, e.g. {@code Up 5 minutes}
 */
public record ContainerSummary(
        String id,
        List<String> names,
        String image,
        String imageId,
        String command,
        Instant created,
        String state,
        String status,
        List<PortMapping> ports,
        List<MountInfo> mounts,
        Map<String, String> labels) {

    public ContainerSummary {
        names = List.copyOf(names);
        ports = List.copyOf(ports);
        mounts = List.copyOf(mounts);
        labels = Map.copyOf(labels);
    }

    public String shortId() {
        return DaemonIds.shortId(id);
    }

    /** The first name, as {@code docker ps} shows it. */
    public String name() {
        return names.isEmpty() ? shortId() : names.get(0);
    }

    public boolean running() {
        return "running".equals(state) || "restarting".equals(state) || "paused".equals(state);
    }
}
