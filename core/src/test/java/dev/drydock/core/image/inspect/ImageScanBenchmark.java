package dev.drydock.core.image.inspect;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.image.layers.ImageScanner;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.image.rules.ImageAuditResult;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.TestDocker;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Headless entry point of {@code bench/image-scan.sh}: inspects one image (every analyzer and rule,
 * as the app does) and prints a one-line summary to standard error.
 *
 * <pre>ImageScanBenchmark IMAGE --cache DIR          # a daemon image, read from its export
 * ImageScanBenchmark --file TARBALL --cache DIR   # a docker-save or OCI tarball on disk
 * ImageScanBenchmark ... --reader-only           # no analyzers and no rules: what reading the layers costs
 * ImageScanBenchmark ... --repeat N              # N scans in one JVM, each with an empty cache in DIR/run-N:
 *                                                # from the second on, what a long-running app (the GUI) pays</pre>
 */
public final class ImageScanBenchmark {

    private ImageScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String image = null;
        Path file = null;
        Path cacheFolder = null;
        boolean readerOnly = false;
        int repeat = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cache" -> cacheFolder = Path.of(args[++i]);
                case "--file" -> file = Path.of(args[++i]);
                case "--reader-only" -> readerOnly = true;
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> image = args[i];
            }
        }
        if ((image == null) == (file == null) || cacheFolder == null) {
            System.err.println("usage: ImageScanBenchmark (IMAGE | --file TARBALL) --cache DIR");
            System.exit(2);
        }
        for (int run = 1; run <= repeat; run++) {
            Path cache = repeat == 1 ? cacheFolder : cacheFolder.resolve("run-" + run);
            ImageReport report = scanOnce(image, file, cache, readerOnly);
            if (run == repeat) {
                printDetails(report);
            }
        }
    }

    private static ImageReport scanOnce(String image, Path file, Path cacheFolder, boolean readerOnly) throws Exception {
        long start = System.nanoTime();
        ImageInspection inspection = new ImageInspection(LayerCache.in(cacheFolder));
        ImageReport report;
        try (DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint())) {
            ImageSource source = file != null ? ImageSource.file(file) : ImageSource.daemon(daemon, image, -1);
            if (readerOnly) {
                ScannedImage scanned = ImageScanner.scan(source, List.of(), LayerCache.in(cacheFolder),
                        ProgressListener.none(), CancellationToken.none());
                report = new ImageReport(scanned, new ImageAuditResult(List.of(), List.of()));
            } else {
                report = inspection.inspect(source, LocalDate.now(), ProgressListener.none(), CancellationToken.none());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> packages = report.image().packages().stream()
                .collect(Collectors.groupingBy(p -> p.fact().type().name().toLowerCase(java.util.Locale.ROOT),
                        TreeMap::new, Collectors.counting()));
        System.err.printf("scanned %s in %d ms: %d layers, %d paths, %d hidden, os %s, packages %s, %d secrets,"
                        + " %d malware, %d findings, %d notes%n",
                image != null ? image : file, millis, report.image().layers().size(), report.image().files().size(),
                report.image().hidden().size(),
                report.image().os().map(os -> os.fact().id() + " " + os.fact().versionId()).orElse("?"), packages,
                report.image().secrets().size(), report.image().malware().size(), report.audit().findings().size(),
                report.image().notes().size());
        return report;
    }

    private static void printDetails(ImageReport report) {
        if (Boolean.getBoolean("bench.notes")) {
            report.image().notes().forEach(note -> System.err.println("  note: " + note));
        }
        if (Boolean.getBoolean("bench.packages")) {
            report.image().packages().stream().map(p -> p.fact().purl()).sorted()
                    .forEach(purl -> System.err.println("  " + purl));
        }
    }
}
