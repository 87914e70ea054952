package dev.drydock.app.gui.scan;

import java.time.Instant;

/**
 * One layer as the Layers tab lists it.
 *
 * @param number    1 for the lowest layer, as findings name layers ("layer 3")
 * @param created   when its history step was made; null when the image does not say
 * @param command   the history command that made it, shortened for reading; empty when unknown
 * @param fromBase  true for the base image's layers (their findings are inherited)
 */
public record LayerRow(int number, String diffId, long size, int entries, Instant created, String command,
                       boolean fromBase) {

    /** The digest without its algorithm, cut to 12 characters, as {@code docker} shows ids. */
    public String shortDiffId() {
        String hex = diffId.startsWith("sha256:") ? diffId.substring(7) : diffId;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    public String origin() {
        return fromBase ? "base image" : "this image";
    }
}
