package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.ImageSummary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Writes down everything a {@link LiveDaemonState} tells its listeners, for tests to look at. */
final class LiveRecorder implements LiveListener {

    final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    final List<ListChange<ContainerSummary>> containerChanges = new CopyOnWriteArrayList<>();
    final List<ListChange<ImageSummary>> imageChanges = new CopyOnWriteArrayList<>();

    @Override
    public void connectionChanged(ConnectionState state) {
        states.add(state);
    }

    @Override
    public void containersChanged(ListChange<ContainerSummary> change) {
        containerChanges.add(change);
    }

    @Override
    public void imagesChanged(ListChange<ImageSummary> change) {
        imageChanges.add(change);
    }

    ConnectionState last() {
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    boolean lastIs(ConnectionState.Status status) {
        ConnectionState last = last();
        return last != null && last.status() == status;
    }

    boolean lastIs(ConnectionState.Status status, Problem problem) {
        ConnectionState last = last();
        return lastIs(status) && last.problem() != null && last.problem().problem() == problem;
    }

    long containerResets() {
        return containerChanges.stream().filter(ListChange::reset).count();
    }

    /** True when some incremental (not reset) change upserted a row with this id and state. */
    boolean containerUpsertedIncrementally(String id, String state) {
        return containerChanges.stream().filter(c -> !c.reset()).flatMap(c -> c.upserted().stream())
                .anyMatch(c -> c.id().equals(id) && c.state().equals(state));
    }

    boolean containerRemovedIncrementally(String id) {
        return containerChanges.stream().filter(c -> !c.reset()).anyMatch(c -> c.removedIds().contains(id));
    }
}
