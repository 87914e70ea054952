package dev.drydock.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code drydock} command line, its output captured. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DrydockCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
