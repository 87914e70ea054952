package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.HistoryStep;

import java.util.List;
import java.util.Locale;

/**
 * Guesses which layers an image inherited from its base image, from history alone. Almost every
 * base image ends with a {@code CMD} or {@code ENTRYPOINT} (official images do), and a Dockerfile
 * built on it adds its own steps after that. So: the last {@code CMD}/{@code ENTRYPOINT} step that
 * is followed by at least one step that made a layer ends the base image, and the layers made up to
 * it are the base's. An image whose only {@code CMD} is its last step (built {@code FROM scratch},
 * or imported) has no base layers. The guess is wrong for a Dockerfile that sets {@code CMD} early
 * and then runs more steps; findings are then wrongly marked as inherited, never lost.
 */
final class BaseImageLayers {

    private BaseImageLayers() {
    }

    /** How many of the lowest layers came from the base image (0 when history does not tell). */
    static int count(List<HistoryStep> history) {
        int layersSoFar = 0;
        int baseLayers = 0;
        int candidate = -1;
        for (HistoryStep step : history) {
            if (!step.emptyLayer()) {
                layersSoFar++;
                if (candidate >= 0) {
                    baseLayers = candidate;
                    candidate = -1;
                }
            } else if (endsAnImage(step.createdBy())) {
                candidate = layersSoFar;
            }
        }
        return baseLayers;
    }

    /** A {@code CMD} or {@code ENTRYPOINT} step, as the classic builder ({@code #(nop) CMD}) or BuildKit ({@code CMD [...]}) writes it. */
    static boolean endsAnImage(String createdBy) {
        String text = createdBy.strip();
        int nop = text.indexOf("#(nop)");
        if (nop >= 0) {
            text = text.substring(nop + "#(nop)".length()).strip();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return upper.startsWith("CMD ") || upper.startsWith("CMD[") || upper.startsWith("ENTRYPOINT ")
                || upper.startsWith("ENTRYPOINT[");
    }
}
