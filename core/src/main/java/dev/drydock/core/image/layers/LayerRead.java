package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.LayerFacts;

/**
 * What one layer blob of an archive gave: its facts, read now or taken from the cache.
 *
 * @param name      the blob's path in the archive
 * @param rawDigest sha256 of the blob's bytes as stored (compressed or not); empty when it was not read (in full, for a plain tar blob)
 * @param complete  false when the blob was damaged or hostile and read only in part (then never cached)
 * @param fromCache true when the facts came from the layer cache
 */
record LayerRead(String name, LayerFacts facts, String rawDigest, boolean complete, boolean fromCache) {
}
