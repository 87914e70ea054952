package dev.drydock.core.vuln.db;

/**
 * Bounds on what one import reads, so a hostile or broken archive cannot fill the disk or the memory.
 * The defaults hold every OSV export of today with room to grow (the largest, Debian's, has some
 * 100,000 records and a few gigabytes of JSON).
 *
 * @param maxEntries      records (files) per archive or folder
 * @param maxTotalBytes   uncompressed bytes per archive or folder
 * @param maxRecordBytes  bytes of one record
 * @param maxArchiveBytes bytes of one archive as downloaded
 */
public record ImportLimits(long maxEntries, long maxTotalBytes, long maxRecordBytes, long maxArchiveBytes) {

    public static ImportLimits defaults() {
        return new ImportLimits(2_000_000, 16L << 30, 16L << 20, 4L << 30);
    }
}
