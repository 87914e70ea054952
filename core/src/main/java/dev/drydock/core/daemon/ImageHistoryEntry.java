package dev.drydock.core.daemon;

import java.time.Instant;
import java.util.List;

/**
 * One step of an image's build history, newest first as the daemon reports it.
 *
 * @param id        the layer image id, or {@code <missing>} for steps built elsewhere
 * @param createdBy the instruction that created the step
 */
public record ImageHistoryEntry(String id, Instant created, String createdBy, long sizeBytes,
                                String comment, List<String> tags) {

    public ImageHistoryEntry {
        tags = List.copyOf(tags);
    }

    /** True when the step added no files (ENV, LABEL, CMD …). */
    public boolean empty() {
        return sizeBytes == 0;
    }
}
