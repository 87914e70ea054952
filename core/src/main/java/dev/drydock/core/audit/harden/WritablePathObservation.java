package dev.drydock.core.audit.harden;

import java.util.List;

/**
 * What {@link WritablePathObserver} derived from a container's {@code docker diff}.
 *
 * @param paths      the directories that get a tmpfs, {@code /tmp} always among them, sorted
 * @param uncovered  written paths no tmpfs can cover (files directly under {@code /}), each with why
 */
public record WritablePathObservation(List<WritablePath> paths, List<String> uncovered) {

    public WritablePathObservation {
        paths = List.copyOf(paths);
        uncovered = List.copyOf(uncovered);
    }

    /** The directories, for {@link HardenedRunAdvisor#advise}. */
    public List<String> directories() {
        return paths.stream().map(WritablePath::directory).toList();
    }

    /** One line of reasoning per directory, then one per uncovered path. */
    public List<String> reasoning() {
        return java.util.stream.Stream.concat(paths.stream().map(WritablePath::reasoning), uncovered.stream())
                .toList();
    }
}
