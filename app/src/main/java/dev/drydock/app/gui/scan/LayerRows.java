package dev.drydock.app.gui.scan;

import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;

import java.util.List;

/** The rows of the Layers tab, lowest layer first. */
public final class LayerRows {

    private LayerRows() {
    }

    public static List<LayerRow> of(ScannedImage image) {
        return image.layers().stream().map(LayerRows::row).toList();
    }

    private static LayerRow row(ScannedLayer layer) {
        return new LayerRow(layer.index() + 1, layer.diffId(), layer.facts().size(), layer.facts().entries().size(),
                layer.history().map(HistoryStep::created).orElse(null),
                layer.history().map(step -> command(step.createdBy())).orElse(""), layer.fromBase());
    }

    /**
     * The command as a Dockerfile would say it: {@code /bin/sh -c #(nop)  CMD ["sh"]} reads
     * {@code CMD ["sh"]}, {@code /bin/sh -c apt-get update} reads {@code RUN apt-get update};
     * BuildKit's {@code RUN /bin/sh -c …} stays as it is.
     */
    public static String command(String createdBy) {
        String text = createdBy.strip().replaceAll("\\s+", " ");
        if (text.startsWith("/bin/sh -c #(nop)")) {
            return text.substring("/bin/sh -c #(nop)".length()).strip();
        }
        if (text.startsWith("/bin/sh -c ")) {
            return "RUN " + text.substring("/bin/sh -c ".length()).strip();
        }
        return text;
    }
}
