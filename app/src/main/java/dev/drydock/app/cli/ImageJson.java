package dev.drydock.app.cli;

import dev.drydock.core.daemon.ImageSummary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One element of {@code drydock images --format json}; fields are only ever added.
 *
 * @param created    ISO-8601 instant in UTC
 * @param size       bytes, shared layers included
 * @param containers containers using the image, -1 when the daemon did not count
 */
record ImageJson(String id, List<String> repoTags, List<String> repoDigests, String created, long size,
                 boolean dangling, int containers, Map<String, String> labels) {

    static ImageJson of(ImageSummary i) {
        return new ImageJson(i.id(), i.repoTags(), i.repoDigests(),
                i.created() == null ? null : i.created().toString(), i.sizeBytes(), i.dangling(),
                i.containers(), new TreeMap<>(i.labels()));
    }
}
