package dev.drydock.core.image.scan;

import java.time.Instant;

/**
 * One step of the image's history, from its config.
 *
 * @param createdBy  the command ({@code /bin/sh -c #(nop)  ENV A=b}, {@code RUN /bin/sh -c apt-get …}); secrets in it are not masked here
 * @param emptyLayer true when the step made no layer (ENV, CMD…)
 * @param created    when it was made; null when the image does not say
 */
public record HistoryStep(String createdBy, Instant created, boolean emptyLayer, String comment) {

    public HistoryStep {
        createdBy = createdBy == null ? "" : createdBy;
        comment = comment == null ? "" : comment;
    }
}
