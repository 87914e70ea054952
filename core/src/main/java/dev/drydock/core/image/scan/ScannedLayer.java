package dev.drydock.core.image.scan;

import java.util.Optional;

/**
 * One layer of a scanned image, lowest first.
 *
 * @param index     0 for the lowest layer
 * @param history   the history step that made it, when the image's history lines up with its layers
 * @param fromBase  true when the layer belongs to the base image (the layers below the first step
 *                  of the image's own Dockerfile, as far as history tells), so its findings are inherited
 */
public record ScannedLayer(int index, LayerFacts facts, Optional<HistoryStep> history, boolean fromBase) {

    public String diffId() {
        return facts.diffId();
    }
}
