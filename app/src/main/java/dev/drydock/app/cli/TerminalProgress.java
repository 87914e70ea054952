package dev.drydock.app.cli;

import dev.drydock.core.report.TerminalText;
import dev.drydock.core.task.ProgressListener;

import java.io.PrintWriter;

/**
 * A scan's progress as one line on stderr that rewrites itself ({@code \r}) at most ten times a
 * second (a new message at once), for terminals only:
 * when the output is not a terminal (CI logs, pipes) nothing is printed.
 */
final class TerminalProgress implements ProgressListener {

    /** A terminal redrawn a few times a second is enough; a new message is always shown at once. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private int lastLength;
    private String lastMessage = "";
    private long lastDrawn;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A progress line on {@code err} when {@code terminal}, else silence. */
    static ProgressListener on(PrintWriter err, boolean terminal) {
        return terminal ? new TerminalProgress(err) : ProgressListener.none();
    }

    @Override
    public void progress(String message, long done, long total) {
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (!last && message.equals(lastMessage) && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastMessage = message;
        lastDrawn = now;
        String line = TerminalText.clean(message) + " " + amount(done, total);
        String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
        lastLength = line.length();
        err.print("\r" + padded);
        if (last) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            lastLength = 0;
        }
        err.flush();
    }

    static String amount(long done, long total) {
        if (total > 0 && done >= total) {
            return "";
        }
        if (total > 0) {
            return (done * 100 / total) + "% (" + HumanUnits.size(done) + " of " + HumanUnits.size(total) + ")";
        }
        return HumanUnits.size(done);
    }
}
