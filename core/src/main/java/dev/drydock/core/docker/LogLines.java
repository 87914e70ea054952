package dev.drydock.core.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a container's log frames (stdout and stderr interleaved as the daemon sends them) into lines.
 * A line split across frames is joined; text after the last newline is a line of its own.
 */
final class LogLines extends ResultCallback.Adapter<Frame> {

    private final List<String> lines = new ArrayList<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private volatile Throwable failure;

    @Override
    public synchronized void onNext(Frame frame) {
        byte[] payload = frame.getPayload();
        if (payload == null) {
            return;
        }
        for (byte b : payload) {
            if (b == '\n') {
                flushLine();
            } else {
                partial.write(b);
            }
        }
    }

    @Override
    public void onError(Throwable throwable) {
        failure = throwable;
        super.onError(throwable);
    }

    /** The lines received, oldest first. */
    synchronized List<String> lines() {
        List<String> all = new ArrayList<>(lines);
        if (partial.size() > 0) {
            all.add(strip(partial.toString(StandardCharsets.UTF_8)));
        }
        return all;
    }

    /** Rethrows a failure the stream reported after it started. */
    void rethrowFailure() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed != null) {
            throw new IllegalStateException(failed.getMessage(), failed);
        }
    }

    private void flushLine() {
        lines.add(strip(partial.toString(StandardCharsets.UTF_8)));
        partial.reset();
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
