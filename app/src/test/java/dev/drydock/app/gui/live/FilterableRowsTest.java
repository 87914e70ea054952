package dev.drydock.app.gui.live;

import dev.drydock.app.gui.Rows;
import dev.drydock.app.gui.containers.ContainerRows;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.live.ListChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FilterableRowsTest {

    private final LiveRows<ContainerSummary> live = new LiveRows<>(ContainerSummary::id);
    private final FilterableRows<ContainerSummary> rows = new FilterableRows<>(live, ContainerRows::visibleText);

    /** 10,000 containers: every 7th runs nginx, the rest busybox; names web-0 … web-9999. */
    private void tenThousandContainers() {
        live.apply(ListChange.resetTo(IntStream.range(0, 10_000).mapToObj(i -> Rows.container(Rows.id(i), "web-" + i,
                i % 7 == 0 ? "nginx:1.27" : "busybox:1.36", i % 2 == 0 ? "running" : "exited",
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 60L))).toList()));
    }

    @Test
    void filteringTenThousandRowsKeepsOnlyMatchesAndCountsThem() {
        tenThousandContainers();
        assertThat(rows.rowCountProperty().get()).isEqualTo("10000 items");

        rows.searchTextProperty().set("NGINX");
        assertThat(rows.shownRows()).hasSize(1429).allMatch(c -> c.image().equals("nginx:1.27"));
        assertThat(rows.rowCountProperty().get()).isEqualTo("1429 of 10000");

        rows.searchTextProperty().set("nginx exited");
        assertThat(rows.shownRows()).allMatch(c -> c.image().startsWith("nginx") && c.state().equals("exited"))
                .hasSize(714);

        rows.searchTextProperty().set("  ");
        assertThat(rows.shownRows()).hasSize(10_000);
    }

    @Test
    void liveChangesShowUpInTheFilteredView() {
        tenThousandContainers();
        rows.searchTextProperty().set("web-42 ");
        int before = rows.shownRows().size();
        live.apply(new ListChange<>(false, List.of(Rows.container("new", "web-42-new", "running")), Set.of(Rows.id(42))));
        assertThat(rows.shownRows()).extracting(ContainerSummary::name).contains("web-42-new").doesNotContain("web-42");
        assertThat(rows.shownRows()).hasSize(before);
        assertThat(rows.rowCountProperty().get()).endsWith(" of 10000");
    }

    @Test
    void sortsByTheComparatorTheTableGives() {
        tenThousandContainers();
        rows.comparatorProperty().set(Comparator.comparing(ContainerSummary::created).reversed());
        assertThat(rows.shownRows().get(0).name()).isEqualTo("web-9999");
        rows.comparatorProperty().set(Comparator.comparing(ContainerSummary::created));
        assertThat(rows.shownRows().get(0).name()).isEqualTo("web-0");
    }

    @Test
    void matchesTheTextTheTableShowsLikePorts() {
        live.apply(ListChange.resetTo(List.of(Rows.container("a", "web", "running"))));
        rows.searchTextProperty().set("8080->80/tcp");
        assertThat(rows.shownRows()).hasSize(1);
        rows.searchTextProperty().set("9090");
        assertThat(rows.shownRows()).isEmpty();
        assertThat(rows.rowCountProperty().get()).isEqualTo("0 of 1");
    }
}
