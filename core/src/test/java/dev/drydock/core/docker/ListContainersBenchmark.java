package dev.drydock.core.docker;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestImages;
import dev.drydock.core.testing.TestDocker;

import java.io.IOException;
import java.util.List;

/**
 * A benchmark, not a test: how long {@code listContainers()} takes compared with {@code docker ps -a}
 * on the same daemon, with N extra containers created for the run (and removed afterwards).
 *
 * <pre>
 * mvn -q -B -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.drydock.core.docker.ListContainersBenchmark -Dexec.args=1000
 * </pre>
 *
 * Prints the median of several runs for a fresh connection (what one {@code drydock containers}
 * call pays after JVM start: version negotiation plus the list) and for a warm one, next to the
 * median wall time of {@code docker ps -a} (a whole CLI process).
 */
public final class ListContainersBenchmark {

    private static final int RUNS = 9;

    private ListContainersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        try (TestContainers containers = new TestContainers()) {
            System.out.printf("creating %d containers…%n", count);
            for (int i = 0; i < count; i++) {
                containers.create(TestImages.busybox());
            }
            long[] fresh = new long[RUNS];
            long[] warm = new long[RUNS];
            long[] cli = new long[RUNS];
            int listed = 0;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                try (DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint())) {
                    List<ContainerSummary> all = daemon.listContainers();
                    fresh[run] = System.nanoTime() - start;
                    listed = all.size();
                    start = System.nanoTime();
                    daemon.listContainers();
                    warm[run] = System.nanoTime() - start;
                }
                cli[run] = dockerPs();
            }
            System.out.printf("containers listed: %d%n", listed);
            System.out.printf("listContainers, fresh connection: %d ms (median of %d)%n", median(fresh), RUNS);
            System.out.printf("listContainers, warm connection:  %d ms%n", median(warm));
            System.out.printf("docker ps -a (whole process):     %d ms%n", median(cli));
        }
    }

    private static long dockerPs() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("docker", "ps", "-a").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return System.nanoTime() - start;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }
}
