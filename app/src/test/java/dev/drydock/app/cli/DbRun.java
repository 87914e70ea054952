package dev.drydock.app.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs {@code drydock} in-process from {@code folder}, with {@code XDG_DATA_HOME} set to
 * {@code folder/data}, so the default database is {@code folder/data/drydock/vulnerabilities.db}.
 */
final class DbRun {

    private DbRun() {
    }

    static CliRun in(Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(new ByteArrayInputStream(new byte[0]),
                Map.of("XDG_DATA_HOME", folder.resolve("data").toString()), folder, false);
        int code = DrydockCli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static Path defaultDatabase(Path folder) {
        return folder.resolve("data").resolve("drydock").resolve("vulnerabilities.db");
    }
}
