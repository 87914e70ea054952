package dev.drydock.core.vuln.advice;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Base image advice: when a newer local tag of the final stage's base image has fewer critical and
 * high vulnerabilities, change the {@code FROM} to it. Drydock never pulls: the caller lists the daemon's
 * tags ({@link #newerLocalTags}), scans and matches each one, and hands the counts to {@link #advise}.
 *
 * <p>Only the final stage's {@code FROM} is changed, only when its image is written without variables
 * and names a version tag; a digest written after the tag is dropped (it names the old image). Always
 * needs review: a new base can change any file of the image.
 */
public final class BaseImageAdvice {

    private BaseImageAdvice() {
    }

    /** The base image of the final stage as written ({@code node:22.11.0}); empty for a stage, {@code scratch}, or variables. */
    public static Optional<String> baseImage(Dockerfile dockerfile) {
        return finalFrom(dockerfile).map(Word::value);
    }

    /**
     * The tags among {@code localTags} (the daemon's {@code repo:tag} list) that are newer releases of the same line as
     * the final stage's base image: for {@code node:22.11.0-slim}, {@code node:22.12.0-slim} but not
     * {@code node:22.12.0}, {@code node:22.10.0-slim}, {@code node:23.1.0-slim} or {@code node:latest}. The caller scans these.
     */
    public static List<String> newerLocalTags(Dockerfile dockerfile, Collection<String> localTags) {
        Optional<ImageTag> current = baseImage(dockerfile).map(ImageTag::parse);
        if (current.isEmpty()) {
            return List.of();
        }
        return localTags.stream().filter(tag -> ImageTag.parse(tag).isNewerThan(current.get())).distinct().sorted().toList();
    }

    /**
     * The change of {@code FROM} to the candidate with the fewest critical + high vulnerabilities (the newest
     * on a tie), when that is fewer than {@code current}'s.
     *
     * @param current    the counts of the image's base: {@link SeverityCounts#inherited} of the built image's
     *                   report, or {@link SeverityCounts#of} the base image's own
     * @param candidates the counts of other local tags, by reference ({@code node:22.12.0}); tags that are
     *                   not newer releases of the same line are ignored
     */
    public static Optional<AdvisedFix> advise(Dockerfile dockerfile, SeverityCounts current,
                                              Map<String, SeverityCounts> candidates) {
        Optional<Word> image = finalFrom(dockerfile);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        ImageTag from = ImageTag.parse(image.get().value());
        Comparator<Map.Entry<String, SeverityCounts>> fewestThenNewest = Comparator
                .comparingInt((Map.Entry<String, SeverityCounts> entry) -> entry.getValue().criticalAndHigh())
                .thenComparing((a, b) -> newestFirst(ImageTag.parse(a.getKey()), ImageTag.parse(b.getKey())));
        Optional<Map.Entry<String, SeverityCounts>> best = candidates.entrySet().stream()
                .filter(entry -> ImageTag.parse(entry.getKey()).isNewerThan(from))
                .filter(entry -> entry.getValue().criticalAndHigh() < current.criticalAndHigh())
                .min(fewestThenNewest);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        ImageTag to = ImageTag.parse(best.get().getKey());
        String written = from.written() + ":" + to.tag();
        SeverityCounts after = best.get().getValue();
        String comparison = image.get().value() + " → " + written + ": critical " + current.critical() + " → "
                + after.critical() + ", high " + current.high() + " → " + after.high();
        Fix fix = Fix.of("Change FROM " + image.get().value() + " to " + written, Fix.Safety.NEEDS_REVIEW,
                dockerfile.text(), List.of(TextEdit.replace(image.get().range().startOffset(),
                        image.get().range().endOffset(), written)));
        return Optional.of(new AdvisedFix(AdvisedFix.Kind.CHANGE_BASE_IMAGE, fix, comparison, List.of()));
    }

    private static int newestFirst(ImageTag a, ImageTag b) {
        return a.isNewerThan(b) ? -1 : b.isNewerThan(a) ? 1 : 0;
    }

    private static Optional<Word> finalFrom(Dockerfile dockerfile) {
        Optional<Stage> stage = dockerfile.finalStage();
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        FromInstruction from = stage.get().from();
        Word image = from.image();
        String value = image.value();
        boolean isStage = dockerfile.stages().stream()
                .anyMatch(other -> other.index() < stage.get().index() && other.name().map(value.toLowerCase(java.util.Locale.ROOT)::equals).orElse(false));
        if (value.isEmpty() || value.contains("$") || value.equalsIgnoreCase("scratch") || isStage
                || !image.text().equals(value)) {
            return Optional.empty();
        }
        return Optional.of(image);
    }
}
