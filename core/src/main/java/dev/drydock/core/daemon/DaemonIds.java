package dev.drydock.core.daemon;

/** Helpers for the ids the daemon hands out. */
public final class DaemonIds {

    private DaemonIds() {
    }

    /** The first 12 hex digits of an id, without its {@code sha256:} prefix. */
    public static String shortId(String id) {
        if (id == null) {
            return "";
        }
        String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
