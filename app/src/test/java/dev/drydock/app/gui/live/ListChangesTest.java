package dev.drydock.app.gui.live;

import dev.drydock.app.gui.Rows;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.live.ListChange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ListChangesTest {

    private static ListChange<ContainerSummary> upsert(ContainerSummary... rows) {
        return new ListChange<>(false, List.of(rows), Set.of());
    }

    private static ListChange<ContainerSummary> remove(String... ids) {
        return new ListChange<>(false, List.of(), Set.of(ids));
    }

    private static ListChange<ContainerSummary> merge(List<ListChange<ContainerSummary>> changes) {
        return ListChanges.merge(changes, ContainerSummary::id);
    }

    @Test
    void theNewestVersionOfARowWins() {
        ListChange<ContainerSummary> merged = merge(List.of(
                upsert(Rows.container("a", "web", "created")), upsert(Rows.container("a", "web", "running"))));
        assertThat(merged.upserted()).extracting(ContainerSummary::state).containsExactly("running");
    }

    @Test
    void aRowCreatedAndRemovedInOneBurstIsRemoved() {
        ListChange<ContainerSummary> merged = merge(List.of(upsert(Rows.container("a", "web", "running")), remove("a")));
        assertThat(merged.upserted()).isEmpty();
        assertThat(merged.removedIds()).containsExactly("a");
    }

    @Test
    void aRowRemovedThenCreatedAgainIsPresent() {
        ListChange<ContainerSummary> merged = merge(List.of(remove("a"), upsert(Rows.container("a", "web", "running"))));
        assertThat(merged.removedIds()).isEmpty();
        assertThat(merged.upserted()).hasSize(1);
    }

    @Test
    void aResetForgetsEarlierChangesAndKeepsLaterOnes() {
        ListChange<ContainerSummary> merged = merge(List.of(
                remove("x"),
                ListChange.resetTo(List.of(Rows.container("a", "web", "running"), Rows.container("b", "db", "running"))),
                remove("b"),
                upsert(Rows.container("c", "cache", "running"))));
        assertThat(merged.reset()).isTrue();
        assertThat(merged.upserted()).extracting(ContainerSummary::id).containsExactly("a", "c");
        assertThat(merged.removedIds()).isEmpty();
    }
}
