package dev.drydock.app.cli;

import dev.drydock.core.report.TerminalText;
import dev.drydock.core.task.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A command's progress as one line on stderr that rewrites itself ({@code \r}) at most ten times a
 * second (a new message at once), for terminals only:
 * when the output is not a terminal (CI logs, pipes) nothing is printed.
 */
final class TerminalProgress implements ProgressListener {

    /** How the amount done is written after the message. */
    @FunctionalInterface
    interface Amount {
        String of(String message, long done, long total);
    }

    /** A terminal redrawn a few times a second is enough; a new message is always shown at once. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final Amount amount;
    private int lastLength;
    private String lastMessage = "";
    private long lastDrawn;

    private TerminalProgress(PrintWriter err, boolean terminal, Amount amount) {
        this.err = err;
        this.terminal = terminal;
        this.amount = amount;
    }

    /** A progress line on {@code err} when {@code terminal}, else silence; amounts are bytes. */
    static ProgressListener on(PrintWriter err, boolean terminal) {
        return terminal ? new TerminalProgress(err, true, (message, done, total) -> amount(done, total))
                : ProgressListener.none();
    }

    /** A progress line with amounts written by {@code amount}; {@link #finish()} wipes what is left of it. */
    static TerminalProgress line(PrintWriter err, boolean terminal, Amount amount) {
        return new TerminalProgress(err, terminal, amount);
    }

    @Override
    public void progress(String message, long done, long total) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (!last && message.equals(lastMessage) && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastMessage = message;
        lastDrawn = now;
        String line = TerminalText.clean(message) + " " + amount.of(message, done, total);
        String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
        lastLength = line.length();
        err.print("\r" + padded);
        if (last) {
            finish();
        }
        err.flush();
    }

    /** Wipes the progress line, if one is shown, so that what is printed next starts on a clean line. */
    void finish() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
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

    /** Like {@link #amount} for things counted one by one: {@code 45% (900 of 2,000 records)}. */
    static String count(long done, long total, String things) {
        if (total > 0 && done >= total) {
            return "";
        }
        if (total > 0) {
            return (done * 100 / total) + "% (" + String.format(Locale.ROOT, "%,d of %,d ", done, total) + things + ")";
        }
        return String.format(Locale.ROOT, "%,d ", done) + things;
    }
}
