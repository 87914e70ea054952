package dev.drydock.core.image.layers;

import dev.drydock.core.task.ProgressListener;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reports a scan's progress by bytes of the source read (of its size when known) and layers begun,
 * at most once per {@value #STEP_BYTES} bytes so a fast reader does not flood a UI.
 */
final class ScanProgress {

    private static final long STEP_BYTES = 1 << 20;

    private final ProgressListener listener;
    private final String source;
    private final long totalBytes;
    private long bytes;
    private long reported = -STEP_BYTES;
    private int layers;

    ScanProgress(ProgressListener listener, String source, long totalBytes) {
        this.listener = listener;
        this.source = source;
        this.totalBytes = totalBytes;
    }

    /** {@code in}, counted. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    advance(n);
                }
                return n;
            }
        };
    }

    void advance(long more) {
        bytes += more;
        if (bytes - reported >= STEP_BYTES) {
            report();
        }
    }

    void layerStarted(String name) {
        layers++;
        report();
    }

    void finished() {
        listener.progress(LayerTexts.text("progress.done", source, layers), 1, 1);
    }

    private void report() {
        reported = bytes;
        listener.progress(LayerTexts.text("progress.layer", source, layers), bytes, totalBytes);
    }
}
