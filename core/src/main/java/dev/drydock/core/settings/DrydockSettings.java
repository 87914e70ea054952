package dev.drydock.core.settings;

import dev.drydock.core.daemon.endpoint.EndpointChoice;

/**
 * What Drydock remembers between runs. Every field has a default, so a settings file written by
 * an older or newer Drydock still loads.
 *
 * @param endpoint         which daemon to connect to; automatic unless the user picked one
 * @param window           the main window's size, null until the window was first closed
 * @param lastOpenedFolder the folder the last file was opened from, null when none
 */
public record DrydockSettings(EndpointChoice endpoint, WindowSize window, String lastOpenedFolder) {

    public DrydockSettings {
        endpoint = endpoint == null ? EndpointChoice.automatic() : endpoint;
    }

    public static DrydockSettings defaults() {
        return new DrydockSettings(EndpointChoice.automatic(), null, null);
    }

    public DrydockSettings withEndpoint(EndpointChoice choice) {
        return new DrydockSettings(choice, window, lastOpenedFolder);
    }

    public DrydockSettings withWindow(WindowSize size) {
        return new DrydockSettings(endpoint, size, lastOpenedFolder);
    }

    public DrydockSettings withLastOpenedFolder(String folder) {
        return new DrydockSettings(endpoint, window, folder);
    }

    /** The main window's size in screen pixels and whether it was maximized. */
    public record WindowSize(double width, double height, boolean maximized) {
    }
}
