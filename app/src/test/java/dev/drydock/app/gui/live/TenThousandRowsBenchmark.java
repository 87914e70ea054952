package dev.drydock.app.gui.live;

import dev.drydock.app.gui.Rows;
import dev.drydock.app.gui.containers.ContainerRows;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.live.ListChange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A benchmark, not a test: what the FX thread pays per update of a Containers table holding
 * 10,000 rows, sorted by creation time and filtered by a search, the way the workbench shows them.
 * A frame at 60 Hz has 16 ms; every figure here must stay far below that for the table to stay
 * smooth. Run with {@code bench/gui-rows.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TenThousandRowsBenchmark {

    private static final int ROWS = 10_000;

    private LiveRows<ContainerSummary> live;
    private FilterableRows<ContainerSummary> rows;
    private int next;

    @Setup
    public void fillTable() {
        live = new LiveRows<>(ContainerSummary::id);
        rows = new FilterableRows<>(live, ContainerRows::visibleText);
        rows.comparatorProperty().set(Comparator.comparing(ContainerSummary::created).reversed());
        live.apply(ListChange.resetTo(IntStream.range(0, ROWS).mapToObj(TenThousandRowsBenchmark::container).toList()));
        rows.searchTextProperty().set("busybox running");
    }

    /** One container changed state: the common live event. Every call really changes a row. */
    @Benchmark
    public int oneContainerChanges() {
        int call = next++;
        live.apply(new ListChange<>(false, List.of(changed(call * 151 % ROWS, call / ROWS)), Set.of()));
        return rows.shownRows().size();
    }

    /** A hundred containers changed in one pulse (e.g. a compose project restarting). */
    @Benchmark
    public int hundredContainersChangeAtOnce() {
        int call = next++;
        List<ContainerSummary> burst = new ArrayList<>(100);
        for (int j = 0; j < 100; j++) {
            int row = (call * 100 + j) % ROWS;
            burst.add(changed(row, (call * 100 + j) / ROWS));
        }
        live.apply(new ListChange<>(false, burst, Set.of()));
        return rows.shownRows().size();
    }

    /** The user typed in the search field: the filter runs over all 10,000 rows. */
    @Benchmark
    public int searchTextChanges() {
        rows.searchTextProperty().set((next++ & 1) == 0 ? "web-42" : "busybox running");
        return rows.shownRows().size();
    }

    private static ContainerSummary container(int n) {
        return Rows.container(Rows.id(n), "web-" + n, n % 7 == 0 ? "nginx:1.27" : "busybox:1.36",
                n % 2 == 0 ? "running" : "exited", Instant.parse("2024-01-01T00:00:00Z").plusSeconds(n * 60L));
    }

    /** Row {@code n} in its state for the given pass over all rows; consecutive passes differ. */
    private static ContainerSummary changed(int n, int pass) {
        return Rows.container(Rows.id(n), "web-" + n, "busybox:1.36", (n + pass) % 2 == 0 ? "exited" : "running",
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(n * 60L));
    }
}
