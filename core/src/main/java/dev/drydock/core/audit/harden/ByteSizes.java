package dev.drydock.core.audit.harden;

/** Writes byte counts as {@code docker run --memory} and Kubernetes quantities expect them. */
final class ByteSizes {

    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;
    private static final long GIB = MIB * 1024;

    private ByteSizes() {
    }

    /** {@code 512m}, {@code 2g}, {@code 1536k} or plain bytes: the largest unit that divides evenly. */
    static String docker(long bytes) {
        return withUnit(bytes, "g", "m", "k");
    }

    /** {@code 512Mi}, {@code 2Gi}, {@code 1536Ki} or plain bytes. */
    static String kubernetes(long bytes) {
        return withUnit(bytes, "Gi", "Mi", "Ki");
    }

    private static String withUnit(long bytes, String gib, String mib, String kib) {
        if (bytes > 0 && bytes % GIB == 0) {
            return bytes / GIB + gib;
        }
        if (bytes > 0 && bytes % MIB == 0) {
            return bytes / MIB + mib;
        }
        if (bytes > 0 && bytes % KIB == 0) {
            return bytes / KIB + kib;
        }
        return Long.toString(bytes);
    }
}
