package dev.drydock.app.gui.scan;

import dev.drydock.core.image.rules.SecretInConfig;
import dev.drydock.core.image.rules.SecretInHistory;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.SecretFact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A credential the scan found, as the Secrets tab lists it: in a file (from the secrets analyzer), or
 * in the image's ENV, labels or history (from the rules that check those). Only masked evidence
 * exists: the clear value is never kept. A secret in a file can be revealed on request by reading
 * its line again from its layer ({@link SecretReveals}).
 *
 * @param where    the file and line ({@code app/.env:3}), the config field or the history step
 * @param layer    1-based; 0 for the configuration
 * @param hidden   the file was deleted by a later layer, but still ships in the image
 */
public record SecretRow(String kind, String where, int layer, boolean hidden, boolean inherited, String maskedEvidence,
                        Optional<InFile> file) {

    /**
     * Where a secret in a file can be read again to reveal it: the layer's diff id, the path and the
     * line. Secrets in the configuration or history have none (their text is in the image's config).
     */
    public record InFile(String layerDiffId, String path, int line) {
    }

    private static final Set<String> CONFIG_RULES = Set.of(new SecretInConfig().metadata().id(),
            new SecretInHistory().metadata().id());

    /** File secrets first (in layer order), then those in the configuration and history. */
    public static List<SecretRow> of(ScannedImage image, List<ImageFindingRow> findings) {
        List<SecretRow> rows = new ArrayList<>();
        for (Located<SecretFact> located : image.secrets()) {
            SecretFact secret = located.fact();
            boolean inherited = located.layer() < image.layers().size() && image.layers().get(located.layer()).fromBase();
            Optional<InFile> file = located.layer() < image.layers().size()
                    ? Optional.of(new InFile(image.layers().get(located.layer()).diffId(), secret.path(), secret.line()))
                    : Optional.empty();
            rows.add(new SecretRow(secret.kind(), secret.line() > 0 ? secret.path() + ":" + secret.line() : secret.path(),
                    located.layer() + 1, located.hidden(), inherited, secret.maskedEvidence(), file));
        }
        for (ImageFindingRow finding : findings) {
            if (CONFIG_RULES.contains(finding.ruleId())) {
                rows.add(new SecretRow(finding.title(), finding.path(), finding.layer(), false, finding.inherited(),
                        finding.evidence(), Optional.empty()));
            }
        }
        return List.copyOf(rows);
    }

    public String layerText() {
        return layer == 0 ? "config" : Integer.toString(layer);
    }
}
