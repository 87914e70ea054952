package dev.drydock.core.settings;

import dev.drydock.core.daemon.endpoint.HostEnvironment;

import java.nio.file.Path;

/**
 * Where each operating system keeps a user's application settings: {@code %APPDATA%\Drydock} on
 * Windows, {@code ~/Library/Application Support/Drydock} on macOS, and
 * {@code $XDG_CONFIG_HOME/drydock} (default {@code ~/.config/drydock}) elsewhere.
 */
public final class SettingsLocation {

    public static final String FILE_NAME = "settings.json";

    private SettingsLocation() {
    }

    /** The settings folder for the user of {@code host}. */
    public static Path folder(HostEnvironment host) {
        if (host.windows()) {
            String appData = host.variable("APPDATA").orElseGet(() -> host.homePath("AppData", "Roaming"));
            return host.locate(host.join(appData, "Drydock"));
        }
        if (host.macOs()) {
            return host.locate(host.homePath("Library", "Application Support", "Drydock"));
        }
        String configHome = host.variable("XDG_CONFIG_HOME")
                .filter(dir -> dir.startsWith("/"))
                .orElseGet(() -> host.homePath(".config"));
        return host.locate(host.join(configHome, "drydock"));
    }

    public static Path file(HostEnvironment host) {
        return folder(host).resolve(FILE_NAME);
    }
}
