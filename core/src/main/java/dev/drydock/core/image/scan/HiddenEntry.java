package dev.drydock.core.image.scan;

/**
 * A path that a layer wrote and a later layer deleted (a whiteout or an opaque directory), or
 * replaced: it is not in the running container, but it still ships in the image and anyone who pulls
 * it can read it.
 *
 * @param layer     the layer whose version is hidden
 * @param hiddenBy  the layer that deleted or replaced it
 * @param deleted   true for a deletion, false when a later layer wrote the path again
 */
public record HiddenEntry(LayerEntry entry, int layer, int hiddenBy, boolean deleted) {
}
