package dev.drydock.app.gui.live;

import dev.drydock.app.gui.Rows;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.live.ListChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LiveRowsTest {

    private final LiveRows<ContainerSummary> rows = new LiveRows<>(ContainerSummary::id);

    @Test
    void resetReplacesEverything() {
        rows.apply(ListChange.resetTo(List.of(Rows.container("a", "web", "running"))));
        rows.apply(ListChange.resetTo(List.of(Rows.container("b", "db", "exited"), Rows.container("c", "cache", "running"))));
        assertThat(rows.rows()).extracting(ContainerSummary::id).containsExactlyInAnyOrder("b", "c");
        assertThat(rows.byId("a")).isEmpty();
    }

    @Test
    void upsertReplacesTheRowWithTheSameIdAndAddsNewOnes() {
        rows.apply(ListChange.resetTo(List.of(Rows.container("a", "web", "running"))));
        rows.apply(new ListChange<>(false, List.of(Rows.container("a", "web", "exited"), Rows.container("b", "db", "running")), Set.of()));
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.byId("a")).get().extracting(ContainerSummary::state).isEqualTo("exited");
    }

    @Test
    void removingKeepsEveryOtherRowFindableById() {
        List<ContainerSummary> all = IntStream.range(0, 50).mapToObj(i -> Rows.container("c" + i, "n" + i, "running")).toList();
        rows.apply(ListChange.resetTo(all));
        rows.apply(new ListChange<>(false, List.of(), Set.of("c0", "c17", "c49")));
        assertThat(rows.size()).isEqualTo(47);
        for (ContainerSummary row : rows.rows()) {
            assertThat(rows.byId(row.id())).contains(row);
        }
        assertThat(rows.byId("c17")).isEmpty();
    }

    @Test
    void aLargeChangeGivesTheSameRowsAsSmallOnes() {
        List<ContainerSummary> all = IntStream.range(0, 1000).mapToObj(i -> Rows.container("c" + i, "n" + i, "running")).toList();
        rows.apply(ListChange.resetTo(all));
        List<ContainerSummary> changed = new ArrayList<>();
        IntStream.range(0, 400).forEach(i -> changed.add(Rows.container("c" + i, "n" + i, "exited")));
        Set<String> removed = Set.of("c999", "c998");
        rows.apply(new ListChange<>(false, changed, removed));
        assertThat(rows.size()).isEqualTo(998);
        assertThat(rows.byId("c5")).get().extracting(ContainerSummary::state).isEqualTo("exited");
        assertThat(rows.byId("c500")).get().extracting(ContainerSummary::state).isEqualTo("running");
        assertThat(rows.byId("c999")).isEmpty();
        for (ContainerSummary row : rows.rows()) {
            assertThat(rows.byId(row.id())).contains(row);
        }
    }

    @Test
    void removingAnUnknownIdChangesNothing() {
        rows.apply(ListChange.resetTo(List.of(Rows.container("a", "web", "running"))));
        rows.apply(new ListChange<>(false, List.of(), Set.of("zzz")));
        assertThat(rows.size()).isEqualTo(1);
    }
}
