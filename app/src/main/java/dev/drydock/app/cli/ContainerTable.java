package dev.drydock.app.cli;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonIds;
import dev.drydock.core.daemon.PortMapping;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code drydock containers} for people: the columns and cell texts of {@code docker ps -a}. */
final class ContainerTable {

    static final int COMMAND_WIDTH = 20;

    private ContainerTable() {
    }

    static TextTable of(List<ContainerSummary> containers, boolean truncate, Instant now) {
        TextTable table = new TextTable("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES");
        for (ContainerSummary c : containers) {
            table.add(truncate ? c.shortId() : c.id(),
                    image(c.image(), truncate),
                    quote(truncate ? ellipsis(c.command(), COMMAND_WIDTH) : nullToEmpty(c.command())),
                    HumanUnits.ago(c.created(), now),
                    c.status(),
                    ports(c.ports()),
                    names(c.names()));
        }
        return table;
    }

    /** An image given by id is shown short, like {@code docker ps} does. */
    static String image(String image, boolean truncate) {
        if (image == null) {
            return "";
        }
        return truncate && image.startsWith("sha256:") ? DaemonIds.shortId(image) : image;
    }

    /** Published ports first as the daemon lists them, duplicates dropped, comma separated. */
    static String ports(List<PortMapping> ports) {
        Set<String> shown = new LinkedHashSet<>();
        ports.stream().sorted((a, b) -> Integer.compare(a.privatePort(), b.privatePort()))
                .forEach(p -> shown.add(p.display()));
        return String.join(", ", shown);
    }

    /** The container's own names; link aliases ({@code other/alias}) are left out as docker does. */
    static String names(List<String> names) {
        return names.stream().filter(n -> !n.contains("/")).collect(Collectors.joining(","));
    }

    static String ellipsis(String text, int width) {
        String s = nullToEmpty(text);
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
