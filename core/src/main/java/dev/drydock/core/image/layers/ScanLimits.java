package dev.drydock.core.image.layers;

/**
 * How much a scan reads before it treats an archive as hostile. A layer that goes past a limit is
 * read no further: its facts so far are kept, a note says why, and it is not cached.
 *
 * @param maxLayerBytes     uncompressed bytes of one layer tar
 * @param maxImageBytes     uncompressed bytes of all layers together
 * @param maxRatio          uncompressed bytes per compressed byte, checked once a layer passed {@code ratioFloorBytes}
 * @param ratioFloorBytes   below this many uncompressed bytes, any ratio is fine (small files compress well)
 * @param maxEntriesPerLayer entries of one layer tar
 */
public record ScanLimits(long maxLayerBytes, long maxImageBytes, long maxRatio, long ratioFloorBytes,
                         int maxEntriesPerLayer) {

    /** Far above real images (the largest layers seen in the wild are tens of GB), far below a bomb's petabytes. */
    public static ScanLimits defaults() {
        return new ScanLimits(64L << 30, 256L << 30, 1_000, 256L << 20, 2_000_000);
    }
}
