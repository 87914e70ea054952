package dev.drydock.core.vuln.advice;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.inspect.ImageInspection;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.match.VulnerabilityReport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The daemon's newer tags of a Dockerfile's final base image, each scanned and matched: what
 * {@link BaseImageAdvice#advise} compares. Drydock never pulls: only tags the daemon already has count.
 * Shared by {@code drydock scan --dockerfile} and the window's Vulnerabilities tab.
 */
public final class NewerLocalBaseImages {

    /** Reads one image (through the caller's layer cache). */
    @FunctionalInterface
    public interface Scanner {
        ScannedImage scan(ImageSource source, ProgressListener progress, CancellationToken cancel) throws ImageArchiveException;
    }

    /** Matches one scanned image against the vulnerability database. */
    @FunctionalInterface
    public interface Matcher {
        VulnerabilityReport match(ScannedImage image, CancellationToken cancel);
    }

    private final Scanner scanner;
    private final Matcher matcher;

    public NewerLocalBaseImages(Scanner scanner, Matcher matcher) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /** Scans with {@code inspection} (its layer cache) as of {@code today}. */
    public static NewerLocalBaseImages using(ImageInspection inspection, LocalDate today, Matcher matcher) {
        return new NewerLocalBaseImages((source, progress, cancel) -> inspection.inspect(source, today, progress, cancel).image(),
                matcher);
    }

    /**
     * Critical and high counts of each of the daemon's newer tags of {@code dockerfile}'s final base image, by
     * reference ({@code node:22.12.0}); empty when the base is not a plain tagged image or the daemon has none.
     *
     * @throws ImageArchiveException when a tag cannot be read
     * @throws dev.drydock.core.daemon.DaemonAccessException when the daemon cannot be asked
     */
    public Map<String, SeverityCounts> counts(Dockerfile dockerfile, DockerDaemon daemon, ProgressListener progress,
                                              CancellationToken cancel) throws ImageArchiveException {
        if (BaseImageAdvice.baseImage(dockerfile).isEmpty()) {
            return Map.of();
        }
        cancel.throwIfCancelled();
        List<ImageSummary> images = daemon.listImages();
        List<String> newer = BaseImageAdvice.newerLocalTags(dockerfile,
                images.stream().flatMap(image -> image.repoTags().stream()).toList());
        Map<String, SeverityCounts> counts = new LinkedHashMap<>();
        for (int i = 0; i < newer.size(); i++) {
            String tag = newer.get(i);
            cancel.throwIfCancelled();
            progress.progress("Comparing the base image with " + tag + " (" + (i + 1) + " of " + newer.size() + ")…",
                    i, newer.size());
            long size = images.stream().filter(image -> image.repoTags().contains(tag))
                    .mapToLong(ImageSummary::sizeBytes).findFirst().orElse(-1);
            ScannedImage scanned = scanner.scan(ImageSource.daemon(daemon, tag, size), ProgressListener.none(), cancel);
            counts.put(tag, SeverityCounts.of(matcher.match(scanned, cancel)));
        }
        return counts;
    }
}
