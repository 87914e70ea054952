package dev.drydock.core.image.scan;

/**
 * A fact with the layer it was found in, and whether a later layer hid the file it came from (it is
 * then not in a running container, but it still ships in the image).
 */
public record Located<T>(T fact, int layer, boolean hidden) {
}
