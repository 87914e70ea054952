package dev.drydock.core.settings;

import java.util.Optional;

/**
 * Settings as read at start-up, with a warning for the user when the file could not be used.
 *
 * @param problem what went wrong and what Drydock did about it, in words for the user; null when
 *                the settings loaded fine (or there were none yet)
 */
public record LoadedSettings(DrydockSettings settings, String problem) {

    public static LoadedSettings of(DrydockSettings settings) {
        return new LoadedSettings(settings, null);
    }

    public Optional<String> warning() {
        return Optional.ofNullable(problem);
    }
}
