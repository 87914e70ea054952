package dev.drydock.app.cli;

import dev.drydock.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan's progress line on stderr: rewritten in place on a terminal, absent otherwise. */
class TerminalProgressTest {

    @Test
    void onATerminalOneLineIsRewrittenAndClearedAtTheEnd() {
        StringWriter err = new StringWriter();
        ProgressListener progress = TerminalProgress.on(new PrintWriter(err), true);

        progress.progress("Reading web.tar, layer 1", 50_000_000, 200_000_000);
        progress.progress("Reading web.tar, layer 2", 150_000_000, 200_000_000);
        progress.progress("Read web.tar", 1, 1);

        assertThat(err.toString()).startsWith("\rReading web.tar, layer 1 25% (50MB of 200MB)")
                .contains("\rReading web.tar, layer 2 75% (150MB of 200MB)")
                .doesNotContain("\n").endsWith("\r");
    }

    @Test
    void unknownTotalsShowTheBytesRead() {
        assertThat(TerminalProgress.amount(3_000_000, -1)).isEqualTo("3MB");
    }

    @Test
    void withoutATerminalNothingIsPrinted() {
        StringWriter err = new StringWriter();
        TerminalProgress.on(new PrintWriter(err), false).progress("Reading", 1, 2);

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void recordsAreCountedAndFinishWipesTheLine() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = TerminalProgress.line(new PrintWriter(err), true,
                (message, done, total) -> TerminalProgress.count(done, total, "records"));

        progress.progress("Importing Debian/all.zip", 45_000, 100_000);
        progress.finish();
        progress.finish();

        String line = "Importing Debian/all.zip 45% (45,000 of 100,000 records)";
        assertThat(err.toString()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\r");
        assertThat(TerminalProgress.count(2_500, -1, "records")).isEqualTo("2,500 records");
    }
}
