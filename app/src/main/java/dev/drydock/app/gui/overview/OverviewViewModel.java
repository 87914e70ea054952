package dev.drydock.app.gui.overview;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.ImageSummary;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The Overview page: facts about the connected daemon, and live counts of its images and
 * containers. Empty sections while no daemon is connected.
 */
public final class OverviewViewModel {

    private final ReadOnlyObjectWrapper<DaemonInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    private final ReadOnlyObjectWrapper<List<FactSection>> sections = new ReadOnlyObjectWrapper<>(this, "sections", List.of());
    private final ObservableList<ContainerSummary> containers;
    private final ObservableList<ImageSummary> images;

    public OverviewViewModel(ObservableList<ContainerSummary> containers, ObservableList<ImageSummary> images) {
        this.containers = containers;
        this.images = images;
        InvalidationListener refresh = obs -> refresh();
        info.addListener(refresh);
        containers.addListener(refresh);
        images.addListener(refresh);
    }

    public ReadOnlyObjectProperty<DaemonInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<FactSection>> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    /** The facts of a newly connected daemon, or null when disconnected. */
    public void showDaemon(DaemonInfo daemon) {
        info.set(daemon);
    }

    private void refresh() {
        DaemonInfo daemon = info.get();
        if (daemon == null) {
            sections.set(List.of());
            return;
        }
        List<FactSection> all = new ArrayList<>();
        all.add(counts());
        all.addAll(DaemonFacts.of(daemon));
        sections.set(List.copyOf(all));
    }

    private FactSection counts() {
        int running = 0;
        int paused = 0;
        for (ContainerSummary container : containers) {
            if ("paused".equals(container.state())) {
                paused++;
            } else if (container.running()) {
                running++;
            }
        }
        int dangling = 0;
        for (ImageSummary image : images) {
            if (image.dangling()) {
                dangling++;
            }
        }
        int stopped = containers.size() - running - paused;
        return new FactSection("Contents", List.of(
                new Fact("Images", images.size() + (dangling > 0 ? " (" + dangling + " dangling)" : "")),
                new Fact("Containers", containers.size() + " (" + running + " running, " + paused + " paused, "
                        + stopped + " stopped)")));
    }
}
