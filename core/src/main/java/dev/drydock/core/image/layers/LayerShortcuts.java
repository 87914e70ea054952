package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.LayerFacts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for a layer blob streaming by in an archive, whether its facts can come from the cache
 * without decompressing it, and how to prove afterwards that the blob was that layer:
 * <ul>
 *   <li>the manifest and config came before it, so its diff id is known: an uncompressed blob
 *       proves itself by its sha256, a compressed one by the raw digest remembered from its last
 *       full read ({@link LayerCache.Shortcut});</li>
 *   <li>the manifest comes after it (as in {@code docker save}): the blob's name was seen in an
 *       earlier scan, whose shortcut names its raw digest and diff id.</li>
 * </ul>
 * The blob's raw bytes are always hashed; a digest that proves nothing means the shortcut was wrong,
 * and the scan starts again without shortcuts.
 */
final class LayerShortcuts {

    private final LayerCache cache;
    private final String analyzerKey;
    private final boolean enabled;

    LayerShortcuts(LayerCache cache, String analyzerKey, boolean enabled) {
        this.cache = cache;
        this.analyzerKey = analyzerKey;
        this.enabled = enabled;
    }

    /** Cached facts and the raw digests that prove the blob {@code name} is their layer. */
    record Plan(LayerFacts facts, Set<String> provingDigests) {
    }

    /** A plan for {@code name}; {@code layout} and {@code diffIds} null while the manifest has not come by. */
    Optional<Plan> plan(String name, ImageLayout layout, List<String> diffIds) {
        if (!enabled) {
            return Optional.empty();
        }
        Optional<LayerCache.Shortcut> shortcut = cache.shortcut(name);
        String diffId = knownDiffId(name, layout, diffIds);
        if (diffId == null) {
            diffId = shortcut.map(LayerCache.Shortcut::diffId).orElse(null);
        }
        if (diffId == null) {
            return Optional.empty();
        }
        Optional<LayerFacts> facts = cache.find(diffId, analyzerKey);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Set<String> proving = new HashSet<>();
        if (layout != null) {
            proving.add(diffId);
        }
        String expected = diffId;
        shortcut.filter(s -> s.diffId().equals(expected)).ifPresent(s -> proving.add(s.rawDigest()));
        return proving.isEmpty() ? Optional.empty() : Optional.of(new Plan(facts.get(), proving));
    }

    private static String knownDiffId(String name, ImageLayout layout, List<String> diffIds) {
        if (layout == null || diffIds == null) {
            return null;
        }
        int index = layout.layerNames().indexOf(name);
        return index >= 0 && index < diffIds.size() ? diffIds.get(index) : null;
    }

    /** Thrown when a blob skipped on a shortcut turned out to be something else. */
    static final class WrongShortcutException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongShortcutException(String name) {
            super(name);
        }
    }
}
