package dev.drydock.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes a lint report in one output format. */
public interface ReportExporter {

    void write(LintReport report, Writer out) throws IOException;

    /** The report as text. */
    default String render(LintReport report) {
        StringWriter out = new StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
