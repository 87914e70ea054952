package dev.drydock.app.gui.containers;

import dev.drydock.app.gui.common.Formats;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.PortMapping;

import java.util.stream.Collectors;

/** The texts a container row shows in the table; the search matches the same texts. */
public final class ContainerRows {

    private ContainerRows() {
    }

    public static String ports(ContainerSummary container) {
        return container.ports().stream().map(PortMapping::display).distinct().collect(Collectors.joining(", "));
    }

    public static String created(ContainerSummary container) {
        return Formats.dateTime(container.created());
    }

    /** Everything the row shows, for the search field. */
    public static String visibleText(ContainerSummary container) {
        return String.join(" ", container.name(), container.image(), container.state(), container.status(),
                ports(container), created(container), container.shortId());
    }
}
