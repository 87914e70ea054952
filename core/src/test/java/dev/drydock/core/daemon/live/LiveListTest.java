package dev.drydock.core.daemon.live;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Diffing of live lists; rows are "id=value" strings. */
class LiveListTest {

    private final LiveList<String> list = new LiveList<>(row -> row.substring(0, row.indexOf('=')));

    private static ListChange<String> change(List<String> upserted, Set<String> removed) {
        return new ListChange<>(false, upserted, removed);
    }

    @Test
    void resetReplacesEverything() {
        list.reset(List.of("a=1", "b=1"));
        assertThat(list.reset(List.of("c=1"))).isEqualTo(ListChange.resetTo(List.of("c=1")));
        assertThat(list.snapshot()).containsExactly("c=1");
    }

    @Test
    void replaceAllReportsOnlyTheDifference() {
        list.reset(List.of("a=1", "b=1", "c=1"));
        assertThat(list.replaceAll(List.of("a=1", "b=2", "d=1"))).isEqualTo(change(List.of("b=2", "d=1"), Set.of("c")));
        assertThat(list.snapshot()).containsExactly("a=1", "b=2", "d=1");
    }

    @Test
    void replaceAllWithTheSameRowsIsEmpty() {
        list.reset(List.of("a=1", "b=1"));
        assertThat(list.replaceAll(List.of("b=1", "a=1")).isEmpty()).isTrue();
    }

    @Test
    void updateAddsReplacesAndRemoves() {
        list.reset(List.of("a=1", "b=1"));
        assertThat(list.update(List.of("b=2", "c=1"), List.of("a"))).isEqualTo(change(List.of("b=2", "c=1"), Set.of("a")));
        assertThat(list.snapshot()).containsExactly("b=2", "c=1");
    }

    @Test
    void updateLeavesOutRowsThatDidNotChange() {
        list.reset(List.of("a=1"));
        assertThat(list.update(List.of("a=1"), List.of()).isEmpty()).isTrue();
    }

    @Test
    void removingAnUnknownIdIsNotAChange() {
        list.reset(List.of("a=1"));
        assertThat(list.update(List.of(), List.of("zzz")).isEmpty()).isTrue();
    }

    @Test
    void snapshotIsImmutableAndUnaffectedByLaterChanges() {
        list.reset(List.of("a=1"));
        List<String> before = list.snapshot();
        list.update(List.of("b=1"), List.of());
        assertThat(before).containsExactly("a=1");
    }
}
