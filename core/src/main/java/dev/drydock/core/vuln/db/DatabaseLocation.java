package dev.drydock.core.vuln.db;

import dev.drydock.core.daemon.endpoint.HostEnvironment;

import java.nio.file.Path;

/** Where the vulnerability database lives when the user does not say: in the user's data folder. */
public final class DatabaseLocation {

    /** The database's file name inside the data folder. */
    public static final String FILE_NAME = "vulnerabilities.db";

    private DatabaseLocation() {
    }

    /** {@link #defaultFile(HostEnvironment)} on this machine. */
    public static Path defaultFile() {
        return defaultFile(HostEnvironment.current());
    }

    /**
     * Where each system keeps a user's application data, with {@value #FILE_NAME} in it:
     * {@code %LOCALAPPDATA%\Drydock} on Windows, {@code ~/Library/Application Support/Drydock} on macOS,
     * {@code $XDG_DATA_HOME/drydock} (default {@code ~/.local/share/drydock}) elsewhere. The database is data,
     * not cache: it takes minutes to download again, so it does not go where cache cleaners look.
     */
    public static Path defaultFile(HostEnvironment host) {
        if (host.windows()) {
            String local = host.variable("LOCALAPPDATA").orElseGet(() -> host.homePath("AppData", "Local"));
            return host.locate(host.join(local, "Drydock", FILE_NAME));
        }
        if (host.macOs()) {
            return host.locate(host.homePath("Library", "Application Support", "Drydock", FILE_NAME));
        }
        String dataHome = host.variable("XDG_DATA_HOME").filter(dir -> dir.startsWith("/"))
                .orElseGet(() -> host.homePath(".local", "share"));
        return host.locate(host.join(dataHome, "drydock", FILE_NAME));
    }
}
