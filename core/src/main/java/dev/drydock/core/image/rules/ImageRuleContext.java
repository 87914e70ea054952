package dev.drydock.core.image.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What an image rule sees, and where it reports. Locations are {@link Location.ImageLayerPath}s:
 * <ul>
 *   <li>a file: the layer whose version of the path is meant, and the path ({@code usr/bin/sudo});</li>
 *   <li>a history step: the layer it made (empty for steps that made none) and {@code history[<n>]};</li>
 *   <li>the configuration: no layer, and the field as {@code docker inspect} names it
 *       ({@code Config.User}, {@code Config.Env.DB_PASSWORD}).</li>
 * </ul>
 * Findings from a base-image layer are marked inherited, and every layer finding names its layer and
 * that layer's history command in its message.
 */
public final class ImageRuleContext {

    private final ScannedImage image;
    private final ImageHistory history;
    private final EndOfLifeLookup endOfLife;
    private final LocalDate today;
    private final List<Finding> findings = new ArrayList<>();
    private final List<SkippedCheck> skipped = new ArrayList<>();
    private ImageRule rule;

    ImageRuleContext(ScannedImage image, EndOfLifeLookup endOfLife, LocalDate today) {
        this.image = image;
        this.history = new ImageHistory(image);
        this.endOfLife = endOfLife;
        this.today = today;
    }

    void runRule(ImageRule current) {
        this.rule = current;
        current.check(this);
    }

    List<Finding> findings() {
        return findings;
    }

    List<SkippedCheck> skippedChecks() {
        return skipped;
    }

    public ScannedImage image() {
        return image;
    }

    public ImageHistory history() {
        return history;
    }

    public EndOfLifeLookup endOfLife() {
        return endOfLife;
    }

    /** The date the audit judges against (end of life). */
    public LocalDate today() {
        return today;
    }

    /** How findings name the image: the reference the user gave, else its id. */
    public String imageName() {
        String reference = image.config().reference();
        return reference.isEmpty() ? image.config().imageId() : reference;
    }

    /** The running rule cannot judge this image; {@code reason} says why ("no etc/passwd in the image"). */
    public void skipped(String reason) {
        skipped.add(new SkippedCheck(rule.id(), rule.metadata().title(), reason));
    }

    /** A finding about a field of the image's configuration ({@code Config.User}). */
    public void reportConfig(String field, String message, String maskedEvidence) {
        add(new Location.ImageLayerPath(imageName(), "", field, false), message, maskedEvidence);
    }

    /** A finding about a file in a layer; {@code hidden} adds that a later layer hides the file. */
    public void reportFile(int layer, String path, boolean hidden, String message, String maskedEvidence) {
        ScannedLayer scanned = image.layers().get(layer);
        String where = message + (hidden ? " (hidden by a later layer, but still shipped in the image)" : "")
                + " — " + describeLayer(layer);
        add(new Location.ImageLayerPath(imageName(), scanned.diffId(), path, scanned.fromBase()), where, maskedEvidence);
    }

    /** A finding about a step of the image's history. */
    public void reportHistory(int step, String message, String maskedEvidence) {
        OptionalInt layer = history.layerOf(step);
        String diffId = layer.isPresent() ? image.layers().get(layer.getAsInt()).diffId() : "";
        String where = message + " — history step " + (step + 1) + ": " + ImageHistory.shown(history.steps().get(step));
        add(new Location.ImageLayerPath(imageName(), diffId, "history[" + step + "]", history.inherited(step)), where, maskedEvidence);
    }

    /** {@code layer 3 (RUN apt-get install -y sudo)}, or {@code layer 3} when history does not say; "of the base image" when inherited. */
    public String describeLayer(int layer) {
        ScannedLayer scanned = image.layers().get(layer);
        String command = scanned.history().map(ImageHistory::shown)
                .or(() -> {
                    OptionalInt step = history.stepOf(layer);
                    return step.isPresent() ? java.util.Optional.of(ImageHistory.shown(history.steps().get(step.getAsInt())))
                            : java.util.Optional.empty();
                })
                .map(shown -> " (" + shown + ")").orElse("");
        return "layer " + (layer + 1) + command + (scanned.fromBase() ? ", inherited from the base image" : "");
    }

    private void add(Location location, String message, String maskedEvidence) {
        Finding finding = Finding.of(rule.id(), rule.metadata().defaultSeverity(), message, location);
        findings.add(maskedEvidence == null || maskedEvidence.isEmpty() ? finding : finding.withEvidence(maskedEvidence));
    }
}
